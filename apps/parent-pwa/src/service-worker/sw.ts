/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { fallbackNotice } from '../features/push/fallback-notice.ts';
import { notificationFromPush, targetUrl } from '../features/push/push-message.ts';

declare const self: ServiceWorkerGlobalScope;

// The whole built app is precached, so it opens offline; API responses (/trpc, outside the app's
// scope anyway) are never cached: offline data comes from the persisted query cache.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Deep links (/parent/meetings/…) open from the precached shell, offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
clientsClaim();

// A new version waits until the parent taps "Reload" (the app posts SKIP_WAITING), never mid-call.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// A reminder, a moved or cancelled meeting, or "Ms. Rivera is ready for you" (see the server's push jobs).
self.addEventListener('push', (event) => {
  event.waitUntil(showPushed(event.data?.text() ?? null));
});

async function showPushed(text: string | null): Promise<void> {
  const notification = notificationFromPush(text, await fallbackNotice());
  await self.registration.showNotification(notification.title, {
    body: notification.body,
    tag: notification.tag,
    data: { url: notification.url },
    icon: 'icons/icon-192.png',
    badge: 'icons/icon-192.png',
  });
}

// Tapping it opens that meeting: in the app's open window if there is one, else in a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = targetUrl((event.notification.data as { url?: unknown } | null)?.url, self.location.origin);
  event.waitUntil(openInApp(url));
});

async function openInApp(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).pathname.startsWith('/parent/'));
  if (!open) {
    await self.clients.openWindow(url);
    return;
  }
  // Focus is allowed while handling the tap; navigating after it keeps the app's window.
  await open.focus().catch(() => undefined);
  await open.navigate(url);
}
