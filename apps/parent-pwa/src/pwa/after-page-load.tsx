import { lazy, Suspense, useEffect, useState } from 'react';

// The service worker (and workbox-window) is registered once the first screen has loaded, so it
// never competes with it: the usual advice for registering service workers.
const ServiceWorkerUpdates = lazy(() =>
  import('./service-worker-updates.tsx').then((module) => ({ default: module.ServiceWorkerUpdates })),
);

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
