import { catalogLoader, type CatalogLoader } from '@edutrack/i18n/browser';

type CatalogModules = Record<string, () => Promise<unknown>>;
const files: CatalogModules = import.meta.glob('../../locales/*/*.json', { import: 'default' });
const pseudo: CatalogModules = import.meta.glob('../../locales/en/*.json', { import: 'default', query: '?pseudo' });

/**
 * The messages of some features (locales/<language>/<feature>.json), fetched for the language in use
 * only. Each screen loads its own with its code, so the first screen carries no other screen's text.
 */
function featureCatalogs(...features: string[]): CatalogLoader {
  const pick = (modules: CatalogModules) =>
    Object.fromEntries(Object.entries(modules).filter(([path]) => features.some((f) => path.endsWith(`/${f}.json`))));
  return catalogLoader(pick(files), pick(pseudo));
}

/** Every screen's frame: header, navigation, loading and error texts, the session check. */
export const appCatalogs = featureCatalogs('common', 'layout', 'account');
export const signInCatalogs = featureCatalogs('signIn');
export const meetingsCatalogs = featureCatalogs('meetings');
export const guestsCatalogs = featureCatalogs('guests');
export const nextMeetingCatalogs = featureCatalogs('nextMeeting');
export const pushCatalogs = featureCatalogs('push');
export const updateCatalogs = featureCatalogs('update');
export const bookingCatalogs = featureCatalogs('booking');
export const guestCatalogs = featureCatalogs('guest');
export const calendarCatalogs = featureCatalogs('calendar');
export const eveningsCatalogs = featureCatalogs('evenings');
