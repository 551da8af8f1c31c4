import type { useT } from '@edutrack/i18n/react';

/** A message in the language in use (`useT()`), for the code outside components that words things. */
export type Translate = ReturnType<typeof useT>;
