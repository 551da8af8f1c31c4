import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@edutrack/core';
import { eveningSlots, parentsEvenings } from '@edutrack/db';
import { fillDateTimeField, launchBrowser, startTestServer, type TestServer } from '@edutrack/e2e';
import { requireBuiltApp, signIn } from './support/parent-app.ts';

// January: London time is UTC. Booking opens at 18:00 today; the evening is two weeks later, 16:00–19:00.
// The demo school has five teachers: Maya's class teacher Ms. Rivera, Sam's Mr. Okafor, and three
// subject teachers who teach both children, so Li Chen needs eight meetings with five teachers.
const START = '2030-01-15T17:50:00Z';
const EVENING = 'Summer parents’ evening';

let server: TestServer;
let browser: Browser;
const clock = new ManualClock(START);
const browserErrors: string[] = [];

async function newPage(options: { width: number; height: number; mobile: boolean }): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    isMobile: options.mobile,
    hasTouch: options.mobile,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => browserErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) browserErrors.push(message.text());
  });
  await page.clock.install({ time: new Date(START) });
  return page;
}

beforeAll(async () => {
  requireBuiltApp();
  [server, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a parents' evening, from set-up to a family's booked evening", () => {
  it('an admin sets up the evening in the staff portal', async () => {
    const admin = await newPage({ width: 1024, height: 900, mobile: false });
    await admin.goto(`${server.url}/staff/`);
    await admin.getByLabel('Email').fill('dana.admin@riverside.test');
    await admin.getByLabel('Password').fill('riverside-demo');
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Parents’ evenings' }).click();
    await admin.getByRole('link', { name: 'Set up a parents’ evening' }).click();

    await admin.getByLabel('Name', { exact: true }).fill(EVENING);
    const session = admin.getByRole('group', { name: 'Session 1' });
    await fillDateTimeField(session, 'Day', '2030-01-29');
    await fillDateTimeField(session, 'From', '16:00');
    await fillDateTimeField(session, 'To', '19:00');
    await admin.getByLabel('Meeting length (minutes)').fill('5');
    expect(await admin.getByText('5 of 5 teachers.').count()).toBe(1);
    await fillDateTimeField(admin, 'Booking opens on', '2030-01-15');
    await fillDateTimeField(admin, 'Opening time', '18:00');
    await admin.getByRole('button', { name: 'Set up the evening' }).click();

    await admin.getByRole('heading', { level: 1, name: EVENING }).waitFor();
    await admin.getByText('0 of 36 booked').first().waitFor();
    await admin.context().close();
  });

  let page: Page;

  it('a parent sees when booking opens, and booking appears at that moment without a reload', async () => {
    page = await newPage({ width: 360, height: 740, mobile: true });
    await signIn(page, server);
    await page.getByRole('link', { name: 'Book a meeting' }).click();
    const card = page.getByRole('article', { name: EVENING });
    await card.getByText('Booking opens 18:00.').waitFor();
    await card.getByRole('link', { name: 'See the evening' }).click();
    await page.getByRole('heading', { level: 2, name: 'Booking opens 18:00' }).waitFor();
    await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));

    clock.set('2030-01-15T18:00:05Z');
    await page.clock.fastForward('10:00');
    await page.getByRole('heading', { level: 2, name: 'Book your meetings' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  });

  it('books Maya’s and Sam’s eight meetings with five teachers as one itinerary, in one confirm', async () => {
    await page.getByRole('button', { name: 'Find times' }).click();
    await page.getByRole('heading', { name: 'Your proposed evening' }).waitFor();
    await page.getByText(/holding these times for you for/).waitFor();
    const proposed = await page.locator('.proposal .itinerary-who').allTextContents();
    expect(proposed.filter((who) => who.endsWith('about Maya Chen'))).toHaveLength(4);
    expect(proposed.filter((who) => who.endsWith('about Sam Chen'))).toHaveLength(4);
    expect(new Set(proposed.map((who) => who.split(',')[0])).size).toBe(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Confirm all 8 meetings' }).click();
    await page.getByRole('status').filter({ hasText: 'Booked: 8 meetings' }).waitFor();
    const evening = page.getByRole('region', { name: 'Your evening' });
    await evening.waitFor();
    // One after another: in order, none overlapping, inside the evening.
    const times = (await evening.locator('.itinerary-time').allTextContents()).map((t) => t.split('–'));
    expect(times).toHaveLength(8);
    times.forEach(([start, end], i) => {
      expect(start! < end!).toBe(true);
      if (i > 0) expect(start! >= times[i - 1]![1]!).toBe(true);
    });
    expect(times[0]![0]! >= '16:00' && times.at(-1)![1]! <= '19:00').toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      evening.getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('parents-evening-2030-01-29.ics');
    expect(readFileSync(await download.path(), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(8);
  });

  it('cancels one meeting after confirming, which frees its time for booking again', async () => {
    const evening = page.getByRole('region', { name: 'Your evening' });
    const first = evening.locator('.itinerary-stop').first();
    const teacher = (await first.locator('.itinerary-who strong').textContent())!;
    await first.getByRole('button', { name: /^Cancel the meeting with/ }).click();
    await first.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Your meeting with ${teacher}` })
      .waitFor();
    await expect.poll(() => evening.locator('.itinerary-time').count()).toBe(7);
    // The teacher can be booked again: offered in the planner, and their slot is free in the database.
    await page.getByRole('checkbox', { name: teacher }).first().waitFor();
    const booked = await server.testDb.db
      .select({ id: eveningSlots.id })
      .from(eveningSlots)
      .innerJoin(parentsEvenings, eq(parentsEvenings.id, eveningSlots.eveningId))
      .where(and(eq(parentsEvenings.name, EVENING), eq(eveningSlots.holdKind, 'booked')));
    expect(booked).toHaveLength(7);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(browserErrors).toEqual([]);
  });
});
