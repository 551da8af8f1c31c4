import { catalogLoader } from '@edutrack/i18n/browser';

/** The staff portal's messages: locales/<language>/<feature>.json, fetched for the language in use only. */
export const staffCatalogs = catalogLoader(
  import.meta.glob('../../locales/*/*.json', { import: 'default' }),
  import.meta.glob('../../locales/en/*.json', { import: 'default', query: '?pseudo' }),
);
