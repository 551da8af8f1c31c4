export {
  LANGUAGES,
  LANGUAGE_NAMES,
  PSEUDO_LOCALE,
  formattingLocale,
  isCatalogLocale,
  isLanguage,
  pickLanguage,
  textDirection,
  type CatalogLocale,
  type Language,
} from './locales.ts';
export * from './format-time.ts';
