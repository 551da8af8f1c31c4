import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments } from '@edutrack/db';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import {
  launchBrowser,
  launchPersistentBrowser,
  latestSignInLink,
  startTestServer,
  type TestServer,
} from '../src/index.ts';
import { routeDailyCdn, type DailyCdnLog } from './support/daily-cdn.ts';

/**
 * Both apps with the server in Daily mode (a key, DAILY_API_URL at the emulator, VIDEO_BACKEND=daily):
 * join tickets say `daily`, so the apps run the real daily-js 0.92.2. Daily's CDN cannot be reached
 * here, so playwright answers it with a small stand-in call-machine bundle (test/support/daily-cdn.ts)
 * that records that it ran and what daily-js asked it. Under our CSP the bundle must load and run
 * without a single violation, in the staff portal and in the parent app with its service worker active.
 */
const API_KEY = 'e2e-daily-mode-key';
let emulator: DailyEmulator;
let server: TestServer;
let browser: Browser;
let parentContext: BrowserContext;
const cdn: DailyCdnLog = { requests: [], unexpected: [] };
const violations: string[] = [];

function watchForViolations(page: Page, who: string) {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${who}: ${message.text()}`);
  });
}

/** Every `securitypolicyviolation` the page saw (also those a library caught and swallowed). */
const reportedViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

const standIn = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __etmStandInCallMachine?: { executed: number; actions: { action: string; url?: string }[] };
        }
      ).__etmStandInCallMachine ?? null,
  );

const recordViolations = () => {
  const seen: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
};

beforeAll(async () => {
  emulator = createDailyEmulator({ apiKey: API_KEY });
  const baseUrl = await emulator.listen(0, '127.0.0.1');
  [server, browser, parentContext] = await Promise.all([
    startTestServer({ env: { DAILY_API_KEY: API_KEY, DAILY_API_URL: baseUrl, VIDEO_BACKEND: 'daily' } }),
    launchBrowser({ fakeMedia: true }),
    launchPersistentBrowser({ fakeMedia: true }),
  ]);
});
afterAll(async () => {
  await parentContext?.close();
  await browser?.close();
  await server?.stop();
  await emulator?.close();
});

describe('the apps on real daily-js under our CSP', { timeout: 120_000 }, () => {
  it('the staff portal: joining loads Daily’s call engine as a script and runs it, with no CSP violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    await routeDailyCdn(context, cdn);
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    watchForViolations(page, 'staff');
    await page.goto(`${server.url}/staff/`);
    await page.getByLabel('Email').fill('ana.rivera@riverside.test');
    await page.getByLabel('Password').fill('riverside-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();

    const [maya] = await server.testDb.db
      .select()
      .from(appointments)
      .where(eq(appointments.topic, 'Reading progress this term'));
    await page.goto(`${server.url}/staff/meetings/${maya!.id}/call`);
    // Teachers check their camera and microphone first, as parents do.
    await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor({ timeout: 30_000 });
    const join = page.getByRole('button', { name: 'Join Video Call' });
    await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true);
    await join.click();

    // daily-js asked for its bundle on Daily's CDN, ran it, and the bundle heard daily-js's join.
    await expect
      .poll(async () => (await standIn(page))?.actions.map((a) => a.action) ?? [], { timeout: 30_000 })
      .toContain('join-meeting');
    const machine = await standIn(page);
    expect(machine?.executed).toBe(1);
    expect(machine?.actions.find((a) => a.action === 'join-meeting')?.url).toMatch(
      /^https:\/\/[\w-]+\.daily\.co\/etm-/,
    );
    expect(cdn.requests.some((url) => url.startsWith('https://c.daily.co/call-machine/versioned/0.92.2/'))).toBe(true);
    expect(await reportedViolations(page)).toEqual([]);
    await context.close();
  });

  it('the parent app, installed (service worker in control): knocking loads and runs the call engine, with no CSP violation', async () => {
    await routeDailyCdn(parentContext, cdn);
    await parentContext.addInitScript(recordViolations);
    const page = parentContext.pages()[0] ?? (await parentContext.newPage());
    watchForViolations(page, 'parent');
    const email = 'li.chen@example.com';
    await page.goto(`${server.url}/parent/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Your email address' }).fill(email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.goto((await latestSignInLink(server, email)).replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: /^Hello, / }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    const card = page.getByRole('article', { name: 'Ms. Rivera' }).filter({ hasText: 'Reading progress this term' });
    // Counted before the device check opens: its connection test (testCallQuality) already loads the engine.
    const before = cdn.requests.length;
    await card.getByRole('button', { name: 'Join Video Call' }).click();
    await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
    await page.getByRole('button', { name: 'Join Video Call' }).click();

    await expect
      .poll(async () => (await standIn(page))?.actions.map((a) => a.action) ?? [], { timeout: 30_000 })
      .toContain('daily-method-preauth');
    const machine = await standIn(page);
    expect(machine?.executed).toBe(1);
    expect(cdn.requests.slice(before).some((url) => url.startsWith('https://c.daily.co/call-machine/'))).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await reportedViolations(page)).toEqual([]);
  });

  it('no CSP violation anywhere, and nothing else of Daily’s was asked for', () => {
    expect(violations).toEqual([]);
    expect(cdn.unexpected).toEqual([]);
  });
});
