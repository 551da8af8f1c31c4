import { i18n, type Messages } from '@lingui/core';
import { PSEUDO_LOCALE, textDirection, type CatalogLocale } from './locales.ts';

/** `import.meta.glob(..., { import: 'default' })` of catalog files. */
type CatalogModules = Record<string, () => Promise<unknown>>;

/** Loads one package's catalogs (all its namespaces) for a locale. */
export type CatalogLoader = (locale: CatalogLocale) => Promise<Messages>;

/**
 * A loader over a package's `import.meta.glob` of its catalog files: the files of one language, or
 * the English ones compiled as the pseudo-locale (`pseudo`, globbed with `?pseudo`).
 */
export function catalogLoader(files: CatalogModules, pseudo: CatalogModules): CatalogLoader {
  return async (locale) => {
    const chosen =
      locale === PSEUDO_LOCALE
        ? Object.values(pseudo)
        : Object.entries(files)
            .filter(([path]) => path.includes(`/locales/${locale}/`))
            .map(([, load]) => load);
    const parts = (await Promise.all(chosen.map((load) => load()))) as Messages[];
    return Object.assign({}, ...parts) as Messages;
  };
}

const loaders = new Set<CatalogLoader>();

/**
 * Adds a package's catalogs to the app (the call screens add theirs when first opened) and loads them
 * for the language in use; later switches load them too.
 */
export async function addCatalogs(loader: CatalogLoader): Promise<void> {
  if (loaders.has(loader)) return;
  loaders.add(loader);
  const locale = i18n.locale as CatalogLocale | '';
  if (locale) i18n.load(locale, await loader(locale));
}

/** A message in the language the app shows now, for code outside components (see `useT` inside them). */
export const translate = (id: string, values?: Record<string, unknown>): string => i18n._(id, values);

/** The language the app shows now ("" before the first `switchLocale`). */
export const localeInUse = (): string => i18n.locale;

/** Switches the app to a language: its catalogs, then `<html lang dir>` so the layout mirrors for Arabic. */
export async function switchLocale(locale: CatalogLocale): Promise<void> {
  const catalogs = await Promise.all([...loaders].map((load) => load(locale)));
  for (const messages of catalogs) i18n.load(locale, messages);
  i18n.activate(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
}
