/** The languages parents can choose. Their names are written in the language itself, never translated. */
export const LANGUAGES = ['en', 'es', 'pl', 'uk', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  pl: 'Polski',
  uk: 'Українська',
  ar: 'العربية',
};

/**
 * Accented, ~40% longer English for tests that hunt hard-coded strings and clipped layouts. Chrome and
 * Android use the same tag for their own pseudo-locale; never offered to people.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type CatalogLocale = Language | typeof PSEUDO_LOCALE;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isCatalogLocale(value: unknown): value is CatalogLocale {
  return value === PSEUDO_LOCALE || isLanguage(value);
}

export function textDirection(locale: string): 'rtl' | 'ltr' {
  return locale.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
}

/** The first of the browser's preferred languages we have ("es-MX" → es), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The locale dates and times are formatted in: the school's own locale when it is in the reader's
 * language (an English-speaking parent of a UK school reads "Tue 1 Dec", of a US school "Tue, Dec 1"),
 * otherwise the reader's language on its own.
 */
export function formattingLocale(language: string, schoolLocale: string): string {
  const base = language.split('-')[0]!;
  if (language === PSEUDO_LOCALE) return schoolLocale;
  return schoolLocale.toLowerCase().split('-')[0] === base ? schoolLocale : base;
}
