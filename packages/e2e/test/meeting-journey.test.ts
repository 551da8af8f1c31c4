import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentRooms, appointments } from '@edutrack/db';
import { ManualClock } from '@edutrack/core';
import { fillDateTimeField, launchBrowser, latestSignInLink, startTestServer, type TestServer } from '../src/index.ts';

/**
 * Issue 6's journey, knock to goodbye, in two real Chromium contexts with fake cameras and
 * microphones, against the server as `pnpm start` runs it with no Daily key: the local emulator
 * signals, and media flows peer to peer between the two pages.
 */
const ZONE = 'Europe/London';
let server: TestServer;
let browser: Browser;
const clock = new ManualClock(new Date());
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ clock }), launchBrowser({ fakeMedia: true })]);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

async function newPage(kind: 'tablet' | 'phone'): Promise<Page> {
  const context = await browser.newContext(
    kind === 'tablet'
      ? { viewport: { width: 1024, height: 900 }, timezoneId: ZONE, locale: 'en-GB' }
      : { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: ZONE, locale: 'en-GB' },
  );
  contexts.push(context);
  return context.newPage();
}

async function teacherSignsIn(email = 'ana.rivera@riverside.test'): Promise<Page> {
  const page = await newPage('tablet');
  await page.goto(`${server.url}/staff/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('riverside-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
  return page;
}

async function parentSignsIn(email: string): Promise<Page> {
  const page = await newPage('phone');
  await page.goto(`${server.url}/parent/`);
  await page.getByRole('textbox', { name: 'Your email address' }).fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto((await latestSignInLink(server, email)).replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: /^Hello, / }).waitFor();
  return page;
}

/** A remote participant's video is playing with real frames, and a live remote audio track is attached. */
function seesAndHearsTheOther(page: Page) {
  return page.waitForFunction(
    () => {
      const remoteVideo =
        [...document.querySelectorAll('video')].some(
          (v) => !v.muted && !v.paused && v.videoWidth > 0 && v.getBoundingClientRect().width > 0,
        ) ||
        [...document.querySelectorAll<HTMLVideoElement>('video:not(.etm-mirrored)')].some(
          (v) => !v.paused && v.videoWidth > 0 && v.getBoundingClientRect().width > 0,
        );
      const remoteAudio = [...document.querySelectorAll('audio')].some(
        (a) => a.srcObject instanceof MediaStream && a.srcObject.getAudioTracks().some((t) => t.readyState === 'live'),
      );
      return remoteVideo && remoteAudio;
    },
    undefined,
    { timeout: 30_000 },
  );
}

async function parentKnocks(parent: Page, teacher: string, topic: string) {
  const card = parent.getByRole('article', { name: teacher }).filter({ hasText: topic });
  await card.getByRole('button', { name: 'Join Video Call' }).click();
  await parent.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
  await parent.getByRole('button', { name: 'Join Video Call' }).click();
  await parent.getByText(`Waiting for ${teacher} to let you in`).waitFor();
}

/** The teacher sees the same camera and microphone check as the parent, then opens the room. */
async function teacherPassesDeviceCheck(teacher: Page) {
  await teacher.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor({ timeout: 30_000 });
  if (process.env.SCREENSHOT_DIR)
    await teacher.screenshot({ path: `${process.env.SCREENSHOT_DIR}/teacher-device-check.png` });
  const join = teacher.getByRole('button', { name: 'Join Video Call' });
  await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true);
  await join.click();
}

describe('a meeting from knock to goodbye, on one machine', { timeout: 180_000 }, () => {
  it('the teacher schedules it for now, admits the expected parent, both see and hear each other, the teacher ends it, attendance shows both', async () => {
    // Mr. Okafor and Emma Smith have nothing else today (the demo's meetings today are Ms. Rivera's).
    const teacher = await teacherSignsIn('ben.okafor@riverside.test');
    // 1. Scheduled for the next minute, with a demo parent.
    const start = DateTime.now().setZone(ZONE).plus({ minutes: 1 }).startOf('minute');
    await teacher.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule a meeting' }).click();
    await teacher.getByLabel('Find a child or parent').fill('Emma');
    await teacher.getByRole('radio', { name: /^Noah Smith/ }).check();
    await fillDateTimeField(teacher, 'Date', start.toISODate()!);
    await fillDateTimeField(teacher, 'Start time', start.toFormat('HH:mm'));
    await teacher.getByLabel('Topic (optional)').fill('Journey check-in');
    await teacher.getByRole('button', { name: 'Schedule meeting' }).click();
    const card = teacher.getByRole('listitem').filter({ hasText: 'Journey check-in' }).first();
    await card.getByText('Room ready').waitFor({ timeout: 30_000 });

    // 2. The parent signs in, sees it, checks their devices, knocks, and is told they wait for the teacher.
    const parent = await parentSignsIn('emma.smith@example.com');
    await parent.getByText('Topic: Journey check-in').waitFor();
    await parentKnocks(parent, 'Mr. Okafor', 'Journey check-in');
    await parent.getByText('Mr. Okafor is not here yet.', { exact: false }).waitFor();

    // 3. The teacher joins, sees the expected parent knocking, marked as expected, and admits them.
    await card.getByRole('link', { name: 'Join Video Call' }).click();
    await teacherPassesDeviceCheck(teacher);
    const waiting = teacher.getByText('Expected parent').first();
    await waiting.waitFor({ timeout: 30_000 });
    // The parent's screen learns it from the server (Daily's presence), not from the lobby.
    await parent.getByText('Mr. Okafor is in the call and can see that you are waiting.').waitFor({ timeout: 20_000 });
    await teacher.getByRole('button', { name: /^Admit Emma Smith/ }).click();

    // 4. Both see each other's live video and get each other's audio.
    await parent
      .getByRole('heading', { name: 'Meeting with Mr. Okafor about Noah Smith' })
      .waitFor({ timeout: 30_000 });
    await Promise.all([seesAndHearsTheOther(teacher), seesAndHearsTheOther(parent)]);

    // Two minutes of (test) time in the call, so the durations are known exactly.
    clock.advance(2 * 60_000);

    // 5. The teacher ends the meeting; both land on an end screen.
    await teacher.getByRole('button', { name: 'End meeting for everyone' }).click();
    await teacher.getByRole('button', { name: 'Yes, end the meeting' }).click();
    await teacher.getByRole('heading', { name: 'The meeting has ended' }).waitFor({ timeout: 30_000 });
    await parent.getByRole('heading', { name: 'The meeting has ended' }).waitFor({ timeout: 30_000 });
    await parent.getByText('Mr. Okafor ended the meeting.', { exact: false }).waitFor();

    // Attendance, recorded from the emulator's webhooks, shows both with how long they stayed.
    const [meeting] = await server.testDb.db
      .select()
      .from(appointments)
      .where(eq(appointments.topic, 'Journey check-in'));
    await teacher.goto(`${server.url}/staff/meetings/${meeting!.id}`);
    // Ended means closed: no way back into the room except an explicit reopen.
    await teacher.getByRole('heading', { name: 'Ended for everyone' }).waitFor();
    expect(await teacher.getByRole('link', { name: 'Join Video Call' }).count()).toBe(0);
    await teacher.getByRole('button', { name: 'Reopen video room' }).waitFor();
    if (process.env.SCREENSHOT_DIR)
      await teacher.screenshot({ path: `${process.env.SCREENSHOT_DIR}/ended-meeting.png`, fullPage: true });
    const attendance = teacher.getByRole('table', { name: 'Who joined the video call' });
    const rowOf = (who: RegExp) =>
      attendance.getByRole('row').filter({ hasText: who }).filter({ hasText: 'In the call' });
    // The page refreshes attendance by itself; webhooks and their jobs arrive within seconds.
    await expect.poll(() => rowOf(/Mr\. Okafor \(Teacher\)/).textContent(), { timeout: 40_000 }).toMatch(/2 min 00 s/);
    await expect
      .poll(() => rowOf(/Emma Smith.*\(Parent\)/).textContent(), { timeout: 40_000 })
      .toMatch(/\d+ min \d+ s/);
  });

  it('an unknown knocker is marked unknown and denied; at the room’s expiry everyone is ejected', async () => {
    const [maya] = await server.testDb.db
      .select()
      .from(appointments)
      .where(eq(appointments.topic, 'Reading progress this term'));
    const teacher = await teacherSignsIn();
    await teacher.goto(`${server.url}/staff/meetings/${maya!.id}/call`);
    await teacherPassesDeviceCheck(teacher);
    await teacher.getByText(`Waiting for Li Chen.`, { exact: false }).waitFor({ timeout: 30_000 });

    // Someone without a token knocks, typing the parent's own name: the teacher is told it is not them.
    const [room] = await server.testDb.db
      .select()
      .from(appointmentRooms)
      .where(eq(appointmentRooms.appointmentId, maya!.id));
    const calls = server.server.videoBackend.emulator!.calls;
    const guest = await calls.join({ roomName: room!.name, userName: 'Li Chen' });
    expect(guest.status).toBe('waiting');
    await teacher.getByText('Unknown guest').first().waitFor({ timeout: 15_000 });
    expect(await teacher.getByText('Expected parent').count()).toBe(0);
    await teacher.getByRole('button', { name: /^Deny Li Chen/ }).click();
    await expect.poll(() => calls.waiting(room!.name).length, { timeout: 10_000 }).toBe(0);
    expect(calls.participants(room!.name).some((p) => p.userName === 'Li Chen')).toBe(false);

    // The real parent comes in; then the room's time runs out and the service removes both.
    const parent = await parentSignsIn('li.chen@example.com');
    await parentKnocks(parent, 'Ms. Rivera', 'Reading progress this term');
    await teacher.getByRole('button', { name: /^Admit Li Chen/ }).click();
    await parent.getByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' }).waitFor({ timeout: 30_000 });
    clock.set(new Date(maya!.endsAt.getTime() + 30 * 60_000 + 1_000));
    await Promise.all([
      teacher.getByRole('heading', { name: 'The meeting has ended' }).waitFor({ timeout: 15_000 }),
      parent.getByRole('heading', { name: 'The meeting has ended' }).waitFor({ timeout: 15_000 }),
    ]);
    expect(calls.participants(room!.name)).toEqual([]);
  });

  it('a parent before the window is told when it opens, and cannot join another family’s meeting', async () => {
    clock.set(new Date());
    const parent = await parentSignsIn('li.chen@example.com');
    const okafor = parent.getByRole('article', { name: 'Mr. Okafor' });
    expect(await okafor.getByRole('button', { name: 'Join Video Call' }).isDisabled()).toBe(true);
    await okafor.getByText(/^Opens at /).waitFor();
    const [tomorrows] = await server.testDb.db
      .select()
      .from(appointments)
      .where(eq(appointments.topic, 'Maths homework'));
    await parent.goto(`${server.url}/parent/meetings/${tomorrows!.id}/call`);
    await parent.getByText(/The video room opens at \d\d:\d\d, 5 minutes before the meeting/).waitFor();

    const [someoneElses] = await server.testDb.db
      .select()
      .from(appointments)
      .where(eq(appointments.topic, 'Settling into Year 4'));
    await parent.goto(`${server.url}/parent/meetings/${someoneElses!.id}/call`);
    await parent.getByText(/couldn't find that meeting/).waitFor();
  });
});
