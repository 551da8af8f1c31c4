import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPersistentBrowser, startTestServer, type TestServer } from '@edutrack/e2e';
import { requireBuiltApp, signIn } from './support/parent-app.ts';

let server: TestServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  requireBuiltApp();
  [server, context] = await Promise.all([startTestServer(), launchPersistentBrowser()]);
  page = context.pages()[0] ?? (await context.newPage());
});
afterAll(async () => {
  await context?.close();
  await server?.stop();
});

describe('the installed app', () => {
  it('is installable: Chromium reports no installability errors and reads the manifest', async () => {
    await page.goto(`${server.url}/parent/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${server.url}/parent/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}');
    expect(data).toMatchObject({
      name: 'EduTrack Meet',
      short_name: 'EduTrack',
      start_url: '/parent/',
      scope: '/parent/',
      display: 'standalone',
    });
    expect(data.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of data.icons as { src: string }[]) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      expect(response.headers()['content-type']).toBe('image/png');
    }
    // A CDP session left attached stops Playwright's offline emulation from reaching the page.
    await cdp.detach();
  });

  it('opens offline from the precache and shows the last known meetings, saying how old they are', async () => {
    await signIn(page, server);
    await page.getByText('Topic: Reading progress this term').waitFor();
    // The cache is saved to the device shortly after it changes.
    await page.waitForFunction(() =>
      (localStorage.getItem('edutrack-parent-cache') ?? '').includes('Reading progress this term'),
    );

    await context.setOffline(true);
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: "You're offline — showing" });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/You're offline — showing your meetings as of \d{2}:\d{2}\./);
    await page.getByText('Topic: Reading progress this term').waitFor();

    const join = page.getByRole('article', { name: 'Ms. Rivera' }).getByRole('button', { name: 'Join Video Call' });
    expect(await join.isDisabled()).toBe(true);
    await page.getByText("You're offline. Joining the call needs an internet connection.").waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).isDisabled()).toBe(true);
  });

  it('never answers API calls from the service worker', async () => {
    const outcome = await page.evaluate(() =>
      fetch('/trpc/auth.me').then(
        (r) => `served ${r.status}`,
        () => 'network error',
      ),
    );
    expect(outcome).toBe('network error');
  });

  it('opens other screens offline too, explaining what needs a connection', async () => {
    await page.getByRole('link', { name: 'Book a meeting' }).click();
    await page.getByText("You're offline. Booking needs an internet connection.").waitFor();
    await page.goto(`${server.url}/parent/meetings/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { name: 'Meeting details' }).waitFor();

    await context.setOffline(false);
    await page.goto(`${server.url}/parent/`);
    await page.getByText('Topic: Reading progress this term').waitFor();
    expect(await page.getByRole('status').filter({ hasText: "You're offline" }).count()).toBe(0);
  });
});
