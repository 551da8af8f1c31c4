import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { compileCatalog } from './compile-catalog.ts';
import { PSEUDO_LOCALE, type CatalogLocale } from './locales.ts';

/** Every catalog of a `locales/` folder, merged per language. */
function readCatalogs(dir: string, language: string): Record<string, string> {
  const folder = join(dir, language);
  return Object.assign(
    {},
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
}

/**
 * Server-side messages (emails, push texts) from a `locales/` folder: one Lingui instance per language,
 * compiled once on first use.
 */
export function serverMessages(dir: string): (locale: CatalogLocale) => I18n {
  const instances = new Map<CatalogLocale, I18n>();
  return (locale) => {
    let instance = instances.get(locale);
    if (!instance) {
      const language = locale === PSEUDO_LOCALE ? 'en' : locale;
      const messages: Messages = compileCatalog(readCatalogs(dir, language), { pseudo: locale === PSEUDO_LOCALE });
      instance = setupI18n({ locale, messages: { [locale]: messages } });
      instances.set(locale, instance);
    }
    return instance;
  };
}
