import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments } from '@edutrack/db';
import {
  launchBrowser,
  latestInvitationLink,
  latestSignInLink,
  startTestServer,
  type TestServer,
} from '../src/index.ts';

/**
 * Issue 15: a parent invites an interpreter, who joins the same call through the emailed link (no
 * sign-in), checks their devices and knocks; the teacher sees who they are and who invited them, and
 * admits them. Real Chromium with fake media, the server with the local emulator.
 */
const ZONE = 'Europe/London';
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser({ fakeMedia: true })]);
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

const local = (link: string) => link.replace(/^https?:\/\/[^/]+/, server.url);

describe('an interpreter in the same call', { timeout: 180_000 }, () => {
  it('Li Chen invites an interpreter; they join by the link, knock, and Ms. Rivera sees "Interpreter, invited by Li Chen" and admits them', async () => {
    const [meeting] = await server.testDb.db
      .select()
      .from(appointments)
      .where(eq(appointments.topic, 'Reading progress this term'));

    // 1. The parent invites someone by email from the meeting's page.
    const parent = await newPage('phone');
    await parent.goto(`${server.url}/parent/`);
    await parent.getByRole('textbox', { name: 'Your email address' }).fill('li.chen@example.com');
    await parent.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await parent.getByRole('heading', { name: 'Check your email' }).waitFor();
    await parent.goto(local(await latestSignInLink(server, 'li.chen@example.com')));
    await parent.getByRole('button', { name: 'Continue' }).click();
    await parent.getByRole('heading', { name: /^Hello, / }).waitFor();
    await parent.goto(`${server.url}/parent/meetings/${meeting!.id}`);
    await parent.getByRole('button', { name: 'Invite someone to this meeting' }).click();
    await parent.getByRole('radio', { name: 'Someone else, by email' }).check();
    await parent.getByLabel('Their email address').fill('interpreter@example.test');
    await parent.getByLabel('Who they are (the teacher sees this)').fill('Interpreter');
    await parent.getByRole('button', { name: 'Send invitation' }).click();
    await parent.getByRole('heading', { name: 'Also invited' }).waitFor();

    // 2. The interpreter opens the emailed link: no sign-in, the meeting, the device check, the knock.
    const interpreter = await newPage('phone');
    await interpreter.goto(local(await latestInvitationLink(server, 'interpreter@example.test')));
    await interpreter.getByText('Li Chen invited you to their meeting with Ms. Rivera about Maya Chen.').waitFor();
    // The token left the address bar once read.
    expect(interpreter.url()).not.toContain('#invite=');
    await interpreter.getByRole('button', { name: 'Join Video Call' }).click();
    await interpreter.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor({ timeout: 30_000 });
    await interpreter.getByRole('button', { name: 'Join Video Call' }).click();
    await interpreter.getByText('Waiting for Ms. Rivera to let you in').waitFor({ timeout: 30_000 });

    // 3. The teacher sees them vouched for by the server, by role and inviter, never "Unknown guest".
    const teacher = await newPage('tablet');
    await teacher.goto(`${server.url}/staff/`);
    await teacher.getByLabel('Email').fill('ana.rivera@riverside.test');
    await teacher.getByLabel('Password').fill('riverside-demo');
    await teacher.getByRole('button', { name: 'Sign in' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await teacher.goto(`${server.url}/staff/meetings/${meeting!.id}/call`);
    await teacher.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor({ timeout: 30_000 });
    const join = teacher.getByRole('button', { name: 'Join Video Call' });
    await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true);
    await join.click();
    const waitingRoom = teacher.getByRole('region', { name: /Waiting room/ });
    // The badge, once the server's vouch has come in (the lobby is polled every few seconds).
    await waitingRoom.getByText('✓ Interpreter, invited by Li Chen').waitFor({ timeout: 30_000 });
    expect(await waitingRoom.getByText('Unknown guest').count()).toBe(0);
    await waitingRoom.getByRole('button', { name: 'Admit Interpreter' }).click();

    // 4. The interpreter is in the call with the teacher.
    await interpreter
      .getByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' })
      .waitFor({ timeout: 30_000 });
  });
});
