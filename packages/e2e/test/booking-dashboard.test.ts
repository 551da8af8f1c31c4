import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments, guardians, meetingPresence, outboxEmails, schoolGuardians, staffUsers } from '@edutrack/db';
import { cancelAppointment, loadStaffActor, ManualClock, settleClosedMeetings } from '@edutrack/core';
import { launchBrowser, startTestServer, type TestServer } from '../src/index.ts';

/**
 * Issue 14, the branch admin's booking dashboard in real Chromium against the server as `pnpm start`
 * runs it: booking progress and the families who have not booked over the demo's meetings, a
 * reminder that goes out once and is refused the second time the same day, a not-booked CSV where a
 * parent named like a spreadsheet formula stays text, and after the meetings the attendance figures.
 */
const DAY = 24 * 60 * 60_000;
const FORMULA_NAME = '=HYPERLINK("http://evil.test","Emma")';
let server: TestServer;
let browser: Browser;
const clock = new ManualClock(new Date());

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
  // Emma Smith (Noah, not booked) is renamed in the directory to a formula.
  const [emma] = await server.testDb.db.select().from(guardians).where(eq(guardians.email, 'emma.smith@example.com'));
  await server.testDb.db
    .update(schoolGuardians)
    .set({ name: FORMULA_NAME })
    .where(eq(schoolGuardians.guardianId, emma!.id));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The admin's dashboard over the next two weeks' meetings (the demo's ordinary meetings, not its evening). */
async function openDashboard(page: Page) {
  await page.goto(`${server.url}/staff/dashboard`);
  await page.getByLabel('Report on').selectOption({ label: 'Meetings on days I choose' });
}

const rowOf = (page: Page, table: string, name: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: name });

describe('the booking dashboard', { timeout: 240_000 }, () => {
  it('shows progress and who has not booked, reminds once a day, exports inert CSV, then reports attendance', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 900 },
      timezoneId: 'Europe/London',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/`);
    await page.getByLabel('Email').fill('dana.admin@riverside.test');
    await page.getByLabel('Password').fill('riverside-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await openDashboard(page);

    // Maya and Leo (Ms. Rivera's Year 4 Blue) and Sam (Mr. Okafor's Year 5 Green) have meetings; Ava and Noah not.
    await rowOf(page, 'Booking progress by teacher', 'Ms. Rivera')
      .getByText('2 of 3 (67%)')
      .waitFor({ timeout: 30_000 });
    await rowOf(page, 'Booking progress by teacher', 'Mr. Okafor').getByText('1 of 2 (50%)').waitFor();
    await rowOf(page, 'Booking progress by year group', 'Year 4').getByText('2 of 3 (67%)').waitFor();
    await rowOf(page, 'Booking progress by class', 'Year 5 Green').getByText('1 of 2 (50%)').waitFor();
    await page.getByRole('heading', { name: 'Families who have not booked (2)' }).waitFor();
    await rowOf(page, 'Families who have not booked', 'Raj Patel').getByText('Ava Patel').waitFor();
    await rowOf(page, 'Families who have not booked', FORMULA_NAME).getByText('Noah Smith').waitFor();

    // A reminder to Raj Patel goes out; a second one the same day is refused with the reason.
    await page.getByRole('checkbox', { name: 'Remind Raj Patel' }).check();
    await page.getByRole('button', { name: 'Remind selected (1)' }).click();
    await page.getByText('Reminder sent to 1 family.').waitFor();
    await expect
      .poll(async () => {
        const mails = await server.testDb.db
          .select()
          .from(outboxEmails)
          .where(and(eq(outboxEmails.kind, 'booking-nudge'), eq(outboxEmails.toAddress, 'raj.patel@example.com')));
        return mails.length;
      })
      .toBe(1);
    await page.getByRole('checkbox', { name: 'Remind Raj Patel' }).check();
    await page.getByRole('button', { name: 'Remind selected (1)' }).click();
    await page
      .getByText('No reminder was sent. 1 family already had one in the last day, so we skipped them.')
      .waitFor();

    // The not-booked CSV keeps the formula-named parent as text.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download families who have not booked (CSV)' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""Emma"")",emma.smith@example.com,Noah Smith`);
    expect(csv).not.toMatch(/^"?=HYPERLINK/m);

    // After the meetings: Maya's mother came, Leo's meeting was cancelled, nobody came to Sam's.
    const db = server.testDb.db;
    const [maya] = await db.select().from(appointments).where(eq(appointments.topic, 'Reading progress this term'));
    const [leo] = await db.select().from(appointments).where(eq(appointments.topic, 'Settling into Year 4'));
    const [rivera] = await db.select().from(staffUsers).where(eq(staffUsers.email, 'ana.rivera@riverside.test'));
    await cancelAppointment(server.server.deps, await loadStaffActor(db, rivera!), { id: leo!.id });
    await db.insert(meetingPresence).values({
      appointmentId: maya!.id,
      kind: 'participant',
      sessionId: 'dashboard-e2e-li-chen',
      role: 'guardian',
      joinedAt: new Date(maya!.startsAt.getTime() + 60_000),
    });
    clock.set(new Date(clock.now().getTime() + 2 * DAY));
    await settleClosedMeetings(server.server.deps);

    await openDashboard(page);
    const attendance = (teacher: string) => rowOf(page, 'Attendance by teacher', teacher).getByRole('cell');
    await expect
      .poll(() => attendance('Ms. Rivera').allTextContents(), { timeout: 30_000 })
      .toEqual(['Ms. Rivera', '1', '0', '1', '0']);
    expect(await attendance('Mr. Okafor').allTextContents()).toEqual(['Mr. Okafor', '0', '1', '0', '0']);
    await context.close();
  });
});
