import { describe, expect, it } from 'vitest';
import { readerLanguage } from '../src/http/reader-language.ts';

describe('the language an API caller reads', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['pl-PL,pl;q=0.9,en;q=0.8', 'pl'],
    ['fr-FR,uk;q=0.8', 'uk'],
    ['de-DE,fr;q=0.5', 'en'],
    ['en-XA', 'en-XA'],
    ['ar-EG', 'ar'],
  ])('Accept-Language %j reads %s', (header, language) => {
    expect(readerLanguage(header)).toBe(language);
  });
});
