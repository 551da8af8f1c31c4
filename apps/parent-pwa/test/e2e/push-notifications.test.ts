import { createECDH } from 'node:crypto';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPersistentBrowser, startTestServer, type TestServer } from '@edutrack/e2e';
import { requireBuiltApp, signIn } from './support/parent-app.ts';

/**
 * The installed app's service worker receiving a push in real Chromium. Chromium's own push service
 * needs the internet, so the message is delivered through the DevTools protocol
 * (ServiceWorker.deliverPushMessage), which hands it to the worker's `push` handler as a push service
 * would. The server side (encryption, VAPID, sending) is tested in apps/server/test/web-push.test.ts.
 */
let server: TestServer;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;

/** A VAPID key pair is a P-256 key pair, base64url: uncompressed public point, raw private scalar. */
function vapidKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { publicKey: ecdh.getPublicKey('base64url'), privateKey: ecdh.getPrivateKey('base64url') };
}

beforeAll(async () => {
  requireBuiltApp();
  const keys = vapidKeys();
  [server, context] = await Promise.all([
    startTestServer({ env: { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey } }),
    launchPersistentBrowser(),
  ]);
  await context.grantPermissions(['notifications'], { origin: server.url });
  page = context.pages()[0] ?? (await context.newPage());
});
afterAll(async () => {
  await context?.close();
  await server?.stop();
});

async function registrationId(): Promise<string> {
  cdp = await context.newCDPSession(page);
  const registered = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${server.url}/parent/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return registered;
}

/** The first meeting on the parent's home screen. */
async function firstMeetingOnHome(): Promise<string> {
  const href = await page.locator('a[href*="/parent/meetings/"]').first().getAttribute('href');
  return /meetings\/([0-9a-f-]{36})/.exec(href!)![1]!;
}

describe('push notifications in the installed app', () => {
  it('offers notifications with an explanation, shows a pushed one, and a tap opens that meeting', async () => {
    await signIn(page, server);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    // The opt-in, loaded on demand, says what the notifications are for.
    await page.getByRole('heading', { name: 'Notifications on this phone' }).waitFor();
    await page.getByText(/a reminder the day before and an hour before each meeting/).waitFor();
    await page.getByRole('button', { name: 'Turn on notifications' }).waitFor();

    const meetingId = await firstMeetingOnHome();
    const pushed = {
      title: 'Ms. Rivera is ready for you',
      body: 'Your meeting about Sam is starting. Tap to join.',
      url: `/parent/meetings/${meetingId}`,
      tag: `ready-${meetingId}`,
    };
    const registration = await registrationId();
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.url,
      registrationId: registration,
      data: JSON.stringify(pushed),
    });
    let shown: unknown = null;
    for (let i = 0; i < 50 && !shown; i++) {
      shown = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const [n] = await registration.getNotifications();
        return n ? { title: n.title, body: n.body, tag: n.tag, data: n.data as unknown } : null;
      });
      if (!shown) await page.waitForTimeout(100);
    }
    expect(shown).toEqual({
      title: pushed.title,
      body: pushed.body,
      tag: pushed.tag,
      data: { url: pushed.url },
    });

    // The tap: no protocol clicks a system notification, so the worker's own `notificationclick`
    // handler runs on the notification it showed, with the event's waitUntil observed.
    const [worker] = context.serviceWorkers().filter((w) => w.url().endsWith('/parent/sw.js'));
    expect(worker).toBeDefined();
    await worker!.evaluate(async () => {
      // (Types of the worker's global scope, which this DOM-typed file does not have.)
      const scope = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
      const { NotificationEvent } = globalThis as unknown as {
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      };
      const [notification] = await scope.registration.getNotifications();
      const event = new NotificationEvent('notificationclick', { notification: notification! });
      const pending: Promise<unknown>[] = [];
      Object.defineProperty(event, 'waitUntil', { value: (p: Promise<unknown>) => pending.push(p) });
      scope.dispatchEvent(event);
      await Promise.all(pending);
    });
    await page.waitForURL(`${server.url}/parent/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The tapped notification is gone from the tray.
    expect(
      await page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).length),
    ).toBe(0);
  });

  it('a push it cannot read still says something, in the language the app shows', async () => {
    await page.evaluate(() => localStorage.setItem('edutrack.language', 'pl'));
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.url,
      registrationId: await registrationId(),
      data: 'not a notification we know',
    });
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const [n] = await (await navigator.serviceWorker.ready).getNotifications();
          return n ? { title: n.title, body: n.body } : null;
        }),
      )
      .toEqual({ title: 'EduTrack Meet', body: 'Masz nowe informacje o spotkaniu.' });
  });
});
