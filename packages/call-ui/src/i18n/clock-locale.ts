import { formattingLocale } from '@edutrack/i18n';

/**
 * The locale call screens write clock times in. The call ticket does not carry the school's locale yet,
 * so English reads the product's default school style (en-GB, 24-hour "17:10", as every other screen
 * shows) and other languages their own.
 */
export const clockLocale = (language: string) => formattingLocale(language, 'en-GB');
