import type { CatalogLocale } from '@edutrack/i18n';
import { switchLocale, translate } from '@edutrack/i18n/browser';
import { keepFallbackNotice } from '../features/push/fallback-notice.ts';

/** Shows the app in a language, and keeps the words its service worker needs in that language too. */
export async function showLanguage(locale: CatalogLocale): Promise<void> {
  await switchLocale(locale);
  void keepFallbackNotice(translate('common.pushFallback'));
}
