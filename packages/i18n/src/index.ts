export {
  LANGUAGES,
  LANGUAGE_NAMES,
  PSEUDO_LOCALE,
  SCHOOL_LOCALES,
  SCHOOL_LOCALE_NAMES,
  formattingLocale,
  isCatalogLocale,
  isLanguage,
  isSchoolLocale,
  pickLanguage,
  textDirection,
  type CatalogLocale,
  type Language,
  type SchoolLocale,
} from './locales.ts';
export * from './format-time.ts';
