import { addCatalogs } from '@edutrack/i18n/browser';
import { lazy, Suspense, useEffect, useState } from 'react';
import { updateCatalogs } from '../i18n/catalogs.ts';

// The service worker (and workbox-window) is registered once the first screen has loaded, so it
// never competes with it: the usual advice for registering service workers. The update banner's
// words come with it.
const ServiceWorkerUpdates = lazy(async () => {
  const [module] = await Promise.all([import('./service-worker-updates.tsx'), addCatalogs(updateCatalogs)]);
  return { default: module.ServiceWorkerUpdates };
});

function usePageLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => document.readyState === 'complete');
  useEffect(() => {
    if (loaded) return;
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, [loaded]);
  return loaded;
}

/** Offline support and updates, started after the page has loaded. */
export function AfterPageLoad() {
  const loaded = usePageLoaded();
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <ServiceWorkerUpdates />
    </Suspense>
  );
}
