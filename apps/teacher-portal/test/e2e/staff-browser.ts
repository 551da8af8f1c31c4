import { launchBrowser, startTestServer, type TestServer } from '@edutrack/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const DEMO_PASSWORD = 'riverside-demo';

/**
 * The real server with the demo school and a Chromium, started once for the test file and stopped
 * after it.
 */
export function serverAndBrowserForThisFile(): { server: TestServer; browser: Browser } {
  const running = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [running.server, running.browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}

/**
 * A staff page at tablet width. The device is in New York, with an American browser, while the demo
 * branch is in London and writes dates the UK way: every time typed or shown must be read in the
 * branch's zone and style, not the device's (the date and time fields too, day first and 24-hour).
 */
export async function openStaffPortal(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/staff/`);
  return page;
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
}
