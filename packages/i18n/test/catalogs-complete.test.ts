import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/locales.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** Every `locales/` folder of the apps and packages (each holds locales/<language>/<feature>.json). */
function localeFolders(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist')
        continue;
      const path = join(dir, entry.name);
      if (entry.name === 'locales') found.push(path);
      else walk(path);
    }
  };
  walk(join(repo, 'apps'));
  walk(join(repo, 'packages'));
  return found;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;

/** The arguments a message uses ({name}, {count, plural, …}), which every translation must keep. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') names.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        names.add(token.arg);
        for (const choice of token.cases) visit(choice.tokens);
      }
    }
  };
  visit(parse(message));
  return [...names].sort();
}

const folders = localeFolders();

describe('message catalogs', () => {
  it('are found in the parent app, the staff portal, the call screens and the emails', () => {
    const names = folders.map((dir) => relative(repo, dir));
    expect(names).toEqual(
      expect.arrayContaining([
        'apps/parent-pwa/locales',
        'apps/teacher-portal/locales',
        'packages/call-ui/locales',
        'packages/core/src/mail/locales',
        'packages/core/src/error-messages/locales',
      ]),
    );
  });

  for (const folder of folders) {
    const where = relative(repo, folder);
    const features = readdirSync(join(folder, 'en')).filter((name) => name.endsWith('.json'));

    it(`${where}: every key English has exists in every language, with the same arguments`, () => {
      const problems: string[] = [];
      for (const feature of features) {
        const english = read(join(folder, 'en', feature));
        for (const language of LANGUAGES.filter((l) => l !== 'en')) {
          let translated: Record<string, string>;
          try {
            translated = read(join(folder, language, feature));
          } catch {
            problems.push(`${language}/${feature} is missing`);
            continue;
          }
          for (const [key, message] of Object.entries(english)) {
            const other = translated[key];
            if (other === undefined) problems.push(`${language}/${feature}: "${key}" is missing`);
            else if (argumentsOf(other).join() !== argumentsOf(message).join())
              problems.push(
                `${language}/${feature}: "${key}" uses {${argumentsOf(other).join()}}, English {${argumentsOf(message).join()}}`,
              );
          }
          for (const key of Object.keys(translated))
            if (!(key in english)) problems.push(`${language}/${feature}: "${key}" is not in English (renamed?)`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${where}: keys start with their feature's name, so features never collide`, () => {
      const misplaced = features.flatMap((feature) =>
        Object.keys(read(join(folder, 'en', feature)))
          .filter((key) => !key.startsWith(`${feature.replace(/\.json$/, '')}.`))
          .map((key) => `${feature}: ${key}`),
      );
      expect(misplaced).toEqual([]);
    });
  }
});
