import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateBanner } from './update-banner.tsx';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (from this module: the server's CSP forbids inline scripts) and
 * offers a waiting new version. An app left open for days still looks for updates hourly; one the
 * parent never reloads is picked up the next time the app is opened.
 */
export function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), CHECK_EVERY_MS);
    },
  });
  if (!needRefresh) return null;
  return <UpdateBanner onReload={() => void updateServiceWorker(true)} />;
}
