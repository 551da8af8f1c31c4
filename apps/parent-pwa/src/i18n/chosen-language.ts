import { isCatalogLocale, pickLanguage, type CatalogLocale } from '@edutrack/i18n';

const KEY = 'edutrack.language';

/**
 * The language this device shows: the one the parent chose (kept on the device so the first screen
 * needs no network, and on their account for emails and pushes), else the browser's.
 */
export function chosenLanguage(): CatalogLocale {
  const stored = readStored();
  return isCatalogLocale(stored) ? stored : pickLanguage(navigator.languages);
}

export function rememberLanguage(locale: CatalogLocale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode without storage: the choice still holds on the account and for this visit.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
