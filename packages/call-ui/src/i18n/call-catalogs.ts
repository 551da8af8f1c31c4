import { catalogLoader } from '@edutrack/i18n/browser';

/**
 * The call screens' messages (locales/<language>/<feature>.json of this package). An app adds them
 * (`addCatalogs(callCatalogs)`) before showing a call screen: they are not part of its first screen.
 */
export const callCatalogs = catalogLoader(
  import.meta.glob('../../locales/*/*.json', { import: 'default' }),
  import.meta.glob('../../locales/en/*.json', { import: 'default', query: '?pseudo' }),
);
