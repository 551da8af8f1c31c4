import { textDirection } from '@edutrack/i18n';

/**
 * The portal's words are English this round (docs/decisions/016): `<html lang>` names the language
 * the page is written in, in the branch's regional style when that is English (en-GB, en-US), so screen
 * readers pronounce it right; a branch set to another language still reads English until the portal is
 * translated. The direction follows the same language.
 */
export function setHtmlLanguage(branchLocale: string): void {
  const lang = branchLocale.toLowerCase().startsWith('en') ? branchLocale : 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = textDirection(lang);
}
