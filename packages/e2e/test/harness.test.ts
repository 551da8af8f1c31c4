import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startTestServer, type TestServer } from '../src/index.ts';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the browser test harness', () => {
  it('serves the running app to a real Chromium, which follows the landing page to each app', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: "I'm a parent" }).click();
    await page.waitForURL(`${server.url}/parent/`);
    expect(await page.title()).toMatch(/EduTrack Meet/);
    await page.goto(`${server.url}/staff/`);
    expect(await page.title()).toMatch(/Staff/);
  });
});
