import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, latestSignInLink, startTestServer, type TestServer } from '@edutrack/e2e';
import { LI_CHEN, requireBuiltApp, signIn } from './support/parent-app.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
const browserErrors: string[] = [];

beforeAll(async () => {
  requireBuiltApp();
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  // A phone: 360 px wide.
  page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  page.on('pageerror', (error) => browserErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) browserErrors.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a parent on their phone', () => {
  it('signs in with the emailed link and sees their children and meetings', async () => {
    await signIn(page, server);
    expect(page.url()).toBe(`${server.url}/parent/`);
    await page.getByRole('heading', { name: 'Hello, Li Chen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Maya Chen/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Sam Chen/ }).waitFor();

    const rivera = page.getByRole('article', { name: 'Ms. Rivera' });
    await rivera.getByText('Topic: Reading progress this term').waitFor();
    await expect(rivera.getByRole('button', { name: 'Join Video Call' }).isEnabled()).resolves.toBe(true);
    // Another family's meeting with the same teacher is not shown.
    await expect(page.getByText('Settling into Year 4').count()).resolves.toBe(0);
  });

  it('fits a 360 px screen, with large touch targets in reach of the thumb, also with text at 200%', async () => {
    const measure = () =>
      page.evaluate(() => {
        const box = (el: Element | null) => el?.getBoundingClientRect() ?? new DOMRect();
        const join = document.querySelector<HTMLButtonElement>('.join-button')!;
        return {
          overflowX: document.documentElement.scrollWidth - window.innerWidth,
          joinHeight: box(join).height,
          joinClipped: join.scrollHeight > join.clientHeight || join.scrollWidth > join.clientWidth,
          navHeights: [...document.querySelectorAll('.bottom-nav a')].map((a) => box(a).height),
          navClipped: [...document.querySelectorAll('.bottom-nav a')].some((a) => a.scrollHeight > a.clientHeight),
          navBottomGap: window.innerHeight - box(document.querySelector('.bottom-nav')).bottom,
        };
      });
    const normal = await measure();
    expect(normal.overflowX).toBeLessThanOrEqual(0);
    expect(normal.joinHeight).toBeGreaterThanOrEqual(48);
    expect(Math.min(...normal.navHeights)).toBeGreaterThanOrEqual(48);
    expect(Math.abs(normal.navBottomGap)).toBeLessThanOrEqual(1);

    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const zoomed = await measure();
    expect(zoomed.overflowX).toBeLessThanOrEqual(0);
    expect(zoomed.joinClipped).toBe(false);
    expect(zoomed.joinHeight).toBeGreaterThan(normal.joinHeight);
    expect(zoomed.navClipped).toBe(false);
    expect(Math.abs(zoomed.navBottomGap)).toBeLessThanOrEqual(1);
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  });

  it('cannot reuse the sign-in link, and is told how to get a new one', async () => {
    const other = await browser.newPage();
    await other.goto(
      (await latestSignInLink(server, LI_CHEN, { spent: true })).replace(/^https?:\/\/[^/]+/, server.url),
    );
    await other.getByRole('button', { name: 'Continue' }).click();
    const alert = other.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/expired or was already used/);
    await other.getByRole('button', { name: 'Email me a new link' }).click();
    await other.getByRole('textbox', { name: 'Your email address' }).waitFor();
    await other.close();
  });

  it('books an open slot with one of the teachers and sees it at home', async () => {
    await page.getByRole('link', { name: 'Book a meeting' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ms. Rivera' }).waitFor();
    const first = page.getByRole('button', { name: /^17:00 to 17:10, .* with Ms\. Rivera$/ });
    await first.click();
    await page.getByRole('heading', { name: 'Book with Ms. Rivera' }).waitFor();
    await expect(page.getByText('About Maya Chen').isVisible()).resolves.toBe(true);
    await page.getByRole('textbox', { name: /What would you like to talk about/ }).fill('Spelling tests');
    await page.getByRole('button', { name: 'Book this time' }).click();

    await page.waitForURL(`${server.url}/parent/`);
    expect(await page.getByRole('status').filter({ hasText: 'Booked:' }).textContent()).toMatch(
      /Booked: Ms\. Rivera, .*17:00–17:10/,
    );
    const booked = page.getByRole('article').filter({ hasText: 'Topic: Spelling tests' });
    await booked.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      booked.getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^meeting-Ms-Rivera-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.replace(/\r\n /g, '')).toContain('Topic: Spelling tests');

    // The slot is gone from the open times.
    await page.getByRole('link', { name: 'Book a meeting' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ms. Rivera' }).waitFor();
    await expect(page.getByRole('button', { name: /^17:00 to 17:10, / }).count()).resolves.toBe(0);
  });

  it('moves the booking to another time, then cancels it', async () => {
    await page.getByRole('link', { name: 'My meetings' }).click();
    await page
      .getByRole('article')
      .filter({ hasText: 'Topic: Spelling tests' })
      .getByRole('link', { name: /Change or cancel/ })
      .click();
    await page.getByRole('link', { name: 'Choose another time' }).click();
    await page.getByRole('button', { name: /^17:12 to 17:22, / }).click();
    await page.getByRole('button', { name: 'Move my meeting' }).click();
    await page.waitForURL(`${server.url}/parent/`);
    expect(await page.getByRole('status').filter({ hasText: 'Moved:' }).textContent()).toMatch(/17:12–17:22/);

    await page
      .getByRole('article')
      .filter({ hasText: 'Topic: Spelling tests' })
      .getByRole('link', { name: /Change or cancel/ })
      .click();
    await page.getByRole('button', { name: 'Cancel meeting' }).click();
    await page.getByRole('textbox', { name: /Reason/ }).fill('Sorry, we are travelling');
    await page.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await page.waitForURL(`${server.url}/parent/`);
    // No longer upcoming: it is listed with the past and cancelled ones, in the parent's own words.
    const maya = page.getByRole('region', { name: /^Maya Chen/ });
    await maya.getByText('Past and cancelled meetings', { exact: false }).click();
    const cancelled = maya.getByRole('article').filter({ hasText: 'Topic: Spelling tests' });
    await cancelled.getByText('Cancelled', { exact: true }).waitFor();
    await cancelled.getByText('You cancelled this meeting: “Sorry, we are travelling”').waitFor();
    await expect(cancelled.getByRole('button', { name: 'Join Video Call' }).count()).resolves.toBe(0);
  });

  it('signs out, leaving nothing of the family on the device', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/parent/sign-in`);
    const saved = await page.evaluate(() => Object.values(localStorage).join(''));
    expect(saved).not.toContain('Maya');
    await page.goto(`${server.url}/parent/`);
    await page.waitForURL(`${server.url}/parent/sign-in`);
  });

  it('ran without script errors or Content-Security-Policy violations (no inline scripts)', () => {
    expect(browserErrors).toEqual([]);
  });
});
