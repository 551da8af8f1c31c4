import { isCatalogLocale, pickLanguage, type CatalogLocale } from '@edutrack/i18n';

/**
 * The language an API caller reads, from its Accept-Language. The parent app sends the language the
 * parent chose in the app (it may differ from the browser's); the staff portal sends English, its own
 * language (docs/decisions/016-languages.md). The pseudo-locale passes through for the tests that hunt
 * untranslated text. Anything else: the first language of the list we have, else English.
 */
export function readerLanguage(header: string | undefined): CatalogLocale {
  const tags = (header ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter(Boolean);
  const first = tags[0];
  if (first && isCatalogLocale(first)) return first;
  return pickLanguage(tags);
}
