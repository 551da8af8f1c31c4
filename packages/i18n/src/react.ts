import { i18n } from '@lingui/core';
import { useCallback, useSyncExternalStore } from 'react';

// Lingui's own React bindings need a provider above every component (and tests); the app has one
// i18n instance, so components subscribe to it directly. A counter, because loading more messages
// into the language in use (the call screens' own) changes no locale yet must re-render.
let version = 0;
i18n.on('change', () => {
  version += 1;
});
const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const currentVersion = () => version;

/** `t('booking.title', { count })`: a message in the language in use; re-renders when it changes. */
export function useT(): (id: string, values?: Record<string, unknown>) => string {
  const seen = useSyncExternalStore(subscribe, currentVersion);
  // A new function after every change, so components memoised on it re-render in the new language.
  return useCallback((id: string, values?: Record<string, unknown>) => i18n._(id, values), [seen]);
}

/** The language in use (en, es, pl, uk, ar, or the pseudo-locale in tests). */
export function useLocale(): string {
  useSyncExternalStore(subscribe, currentVersion);
  return i18n.locale;
}
