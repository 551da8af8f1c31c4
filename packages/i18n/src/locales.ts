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
 * The locales a school can set for its staff portal and the style of its dates ("Language and region").
 * English comes in its two regional styles, which differ in what staff notice (day before month, the
 * 24-hour clock); the other languages write dates the same way across their regions, so the plain tag.
 */
export const SCHOOL_LOCALES = ['en-GB', 'en-US', 'es', 'pl', 'uk', 'ar'] as const;
export type SchoolLocale = (typeof SCHOOL_LOCALES)[number];

/** How each school locale is named in the settings (in English: the portal's own words are English). */
export const SCHOOL_LOCALE_NAMES: Record<SchoolLocale, string> = {
  'en-GB': 'English (UK)',
  'en-US': 'English (US)',
  es: 'Spanish (Español)',
  pl: 'Polish (Polski)',
  uk: 'Ukrainian (Українська)',
  ar: 'Arabic (العربية)',
};

export function isSchoolLocale(value: unknown): value is SchoolLocale {
  return typeof value === 'string' && (SCHOOL_LOCALES as readonly string[]).includes(value);
}

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
