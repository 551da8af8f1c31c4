import { fillDateTimeField, latestSignInLink } from '@edutrack/e2e';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openStaffPortal, signIn, serverAndBrowserForThisFile } from './staff-browser.ts';

const running = serverAndBrowserForThisFile();

/** Three days ahead in the demo branch's zone: clear of the demo meetings and slots. */
const day = DateTime.now().setZone('Europe/London').plus({ days: 3 });
const dayLabel = day.setLocale('en-GB').toFormat('ccc d LLL');

const fieldText = async (page: Page, label: string) =>
  (await page.getByRole('group', { name: label, exact: true }).textContent())?.replace(
    /[\u200e\u200f\u2066-\u2069]/g,
    '',
  );

async function scheduleWith(page: Page, search: string, child: RegExp, time: string, topic: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule a meeting' }).click();
  await page.getByLabel('Find a child or parent').fill(search);
  await page.getByRole('radio', { name: child }).check();
  await fillDateTimeField(page, 'Date', day.toISODate()!);
  await fillDateTimeField(page, 'Start time', time);
  // An American browser, a UK school: the fields read the school's way, day first and 24-hour.
  expect(await fieldText(page, 'Date')).toBe(day.toFormat('dd/LL/yyyy'));
  expect(await fieldText(page, 'Start time')).toBe(time);
  await page.getByLabel('Topic (optional)').fill(topic);
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
}

describe('a teacher in the staff portal', () => {
  it('schedules a meeting, sees it on the agenda, reschedules it and cancels it with a reason', async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, 'ana.rivera@riverside.test');
    await page.getByRole('main').getByText('Reading progress this term').waitFor();

    // Typed in London time on a device in New York.
    await scheduleWith(page, 'Sofia', /^Leo Garcia/, '09:00', 'Times tables');
    await page.getByRole('heading', { level: 2, name: dayLabel }).waitFor();
    const card = page
      .getByRole('list', { name: `Meetings on ${dayLabel}` })
      .getByRole('listitem')
      .filter({ hasText: 'Times tables' });
    await card.waitFor();
    expect(await card.getByRole('link').first().textContent()).toBe('Sofia Garcia, parent of Leo Garcia');
    expect(await card.textContent()).toContain(`${dayLabel}, 09:00–09:15`);
    expect(await card.textContent()).toContain('04:00–04:15 on this device (America/New_York)');
    // Three days ahead the room is the worker's business: the badge says "Scheduled", not "Room ready".
    await card.getByText(/^Scheduled$/).waitFor();
    expect(await card.getByRole('button', { name: 'Join Video Call' }).isDisabled()).toBe(true);

    // The same teacher cannot be in two meetings: the server's explanation is shown.
    await scheduleWith(page, 'Maya', /^Maya Chen/, '09:05', 'Clash');
    await page.getByText('Choose which parent to meet.').waitFor();
    await page.getByRole('radio', { name: 'Li Chen', exact: true }).check();
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page
      .getByRole('alert')
      .getByText('You already have a meeting at that time (09:00–09:15). Choose another time.')
      .waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
    // This time the day comes from the month beside the field: it opens on today; three days on, Enter.
    await page
      .getByRole('group', { name: 'Another day', exact: true })
      .getByRole('button', { name: /Calendar/ })
      .click();
    await page.getByRole('dialog').getByRole('grid').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await fieldText(page, 'Another day')).toBe(day.toFormat('dd/LL/yyyy'));
    await card.getByRole('link', { name: 'Sofia Garcia, parent of Leo Garcia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting with Sofia Garcia' }).waitFor();

    await page.getByRole('button', { name: 'Reschedule…' }).click();
    await fillDateTimeField(page, 'Start time', '09:30');
    await page.getByRole('button', { name: 'Move meeting' }).click();
    await page
      .getByRole('status')
      .getByText(`Meeting moved to ${dayLabel}, 09:30–09:45. Sofia Garcia has been told.`)
      .waitFor();
    await page.locator('.facts').getByText(`${dayLabel}, 09:30–09:45`).waitFor();

    await page.getByRole('button', { name: 'Cancel meeting…' }).click();
    await page.getByRole('button', { name: 'Cancel meeting', exact: true }).click();
    await page.getByText('Tell the parent why the meeting is cancelled.').waitFor();
    await page.getByLabel('Reason for cancelling').fill('I am away on a course that day.');
    await page.getByRole('button', { name: 'Cancel meeting', exact: true }).click();
    await page.getByText('By the school: I am away on a course that day.').waitFor();
    expect(await page.locator('.page-heading .badge').textContent()).toBe('Cancelled');
    expect(await page.getByRole('button', { name: /Reschedule|Cancel meeting/ }).count()).toBe(0);

    await page.getByRole('link', { name: '← Back to the agenda' }).click();
    await fillDateTimeField(page, 'Another day', day.toISODate()!);
    const cancelled = page
      .getByRole('list', { name: `Meetings on ${dayLabel}` })
      .getByRole('listitem')
      .filter({ hasText: 'Times tables' });
    await cancelled.getByText('Cancelled', { exact: true }).waitFor();
    expect(await cancelled.textContent()).toContain('Reason: I am away on a course that day.');
  });
});

describe('a teacher who forgot their password', () => {
  it('gets a link by email, sets a new password on the linked page and is signed in', async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    await page.getByLabel('Email').fill('ben.okafor@riverside.test');
    await page.getByRole('button', { name: 'Forgot password?' }).click();
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(/we have emailed it a link to choose a new password/).waitFor();

    const link = await latestSignInLink(running.server, 'ben.okafor@riverside.test');
    expect(link).toMatch(/\/staff\/set-password#token=/);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByLabel('Type it again').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.getByText('Signed in as Mr. Okafor').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(link);
    await page.getByLabel('New password').fill('another passphrase!');
    await page.getByLabel('Type it again').fill('another passphrase!');
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/This link has expired or was already used/)
      .waitFor();
  });
});
