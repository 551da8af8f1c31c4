import { addCatalogs } from '@edutrack/i18n/browser';
import { useT } from '@edutrack/i18n/react';
import { useEffect, useState } from 'react';
import { callCatalogs } from './call-catalogs.ts';

let loading: Promise<void> | null = null;
let loaded = false;

/**
 * True once the call screens' messages are in the app (an app may add them ahead, as the portal does;
 * otherwise the first call screen does), so a screen never shows a message's key.
 */
export function useCallCatalogs(): boolean {
  // Lingui answers a missing message with its key: a known one says whether the app added them ahead.
  const added = useT()('call.loading') !== 'call.loading';
  const [ready, setReady] = useState(loaded || added);
  useEffect(() => {
    if (ready) return;
    let current = true;
    loading ??= addCatalogs(callCatalogs).then(() => {
      loaded = true;
    });
    void loading.then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [ready]);
  return ready;
}
