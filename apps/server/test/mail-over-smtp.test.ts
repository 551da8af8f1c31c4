import ICAL from 'ical.js';
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import { loadEnv } from '../src/env.ts';
import { startServer, type RunningServer } from '../src/runtime/start-server.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';
import { freePort } from './support/server-process.ts';
import { browser } from './test-app.ts';

/**
 * The whole server as `pnpm start` runs it, with SMTP_URL pointing at a real SMTP server in the test:
 * every email a person gets goes through the outbox, the worker's delivery job and SMTP.
 */
let sink: SmtpSink;
let testDb: TestDatabase;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  testDb = await createTestDatabase();
  const env = loadEnv({
    DATABASE_URL: testDb.url,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    SMTP_URL: sink.url,
    MAIL_FROM: 'Riverside Meet <meet@riverside.test>',
    SMTP_TIMEOUT_MS: '2000',
  });
  server = await startServer(env);
  base = server.url;
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await sink?.close();
  await testDb?.drop();
});

async function mailTo(address: string, subject: RegExp, timeoutMs = 20_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sink.received.filter(
      (m) => m.to && JSON.stringify(m.to).includes(address) && subject.test(m.subject ?? ''),
    );
    if (found.length) return found.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} matching ${subject}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function inviteOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, 'a text/calendar part').toBeDefined();
  const ics = part!.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    status: event.component.getFirstPropertyValue('status'),
  };
}

async function signInParentFromEmail(email: string) {
  const parent = browser(base);
  expect((await parent.mutation('auth.requestMagicLink', { email })).body.error).toBeUndefined();
  const mail = await mailTo(email, /sign-in link/);
  // The link as the parent would tap it, from the text part (the HTML part carries the same).
  const link = /(http:\/\/\S+#token=[\w-]+)/.exec(mail.text ?? '')![1]!;
  expect(mail.html).toContain(link);
  expect(mail.text).toContain('Riverside');
  const token = new URL(link).hash.replace('#token=', '');
  const redeemed = await parent.mutation('auth.redeemMagicLink', { token });
  expect(redeemed.body.error).toBeUndefined();
  return parent;
}

describe('email over SMTP', () => {
  it('a parent signs in from the link that arrived by SMTP', async () => {
    const parent = await signInParentFromEmail('li.chen@example.com');
    const children = (await parent.query('parent.directory.children')).body.result!.data as { name: string }[];
    expect(children.map((c) => c.name)).toContain('Sam Chen');
  });

  it('booking, moving and cancelling email both sides an invite that updates the same calendar event', async () => {
    const parent = await signInParentFromEmail('raj.patel@example.com');
    const [child] = (await parent.query('parent.directory.children')).body.result!.data as { id: string }[];
    const slots = (await parent.query('parent.availability.openSlots', { studentId: child!.id })).body.result!.data as {
      id: string;
      teacherId: string;
      startsAt: string;
    }[];
    expect(slots.length).toBeGreaterThan(1);
    const booked = (await parent.mutation('parent.appointments.book', { slotId: slots[0]!.id, studentId: child!.id }))
      .body.result!.data as { id: string; teacher: { displayName: string } };

    const confirmation = inviteOf(await mailTo('raj.patel@example.com', /Meeting scheduled/));
    expect(confirmation).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
      start: slots[0]!.startsAt,
      status: 'CONFIRMED',
    });
    expect(confirmation.uid).toContain(booked.id);
    const teacherMail = sink.received.find(
      (m) =>
        /Meeting scheduled: Ava Patel with Raj Patel/.test(m.subject ?? '') &&
        !JSON.stringify(m.to).includes('raj.patel'),
    )!;
    expect(inviteOf(teacherMail).uid).toBe(confirmation.uid);

    const other = slots.find((s) => s.teacherId === slots[0]!.teacherId && s.id !== slots[0]!.id)!;
    await parent.mutation('parent.appointments.reschedule', { id: booked.id, slotId: other.id });
    const moved = inviteOf(await mailTo('raj.patel@example.com', /Meeting moved/));
    expect(moved).toMatchObject({ method: 'REQUEST', uid: confirmation.uid, sequence: 1, start: other.startsAt });

    await parent.mutation('parent.appointments.cancel', { id: booked.id });
    const cancelled = inviteOf(await mailTo('raj.patel@example.com', /Meeting cancelled/));
    expect(cancelled).toMatchObject({ method: 'CANCEL', uid: confirmation.uid, sequence: 2, status: 'CANCELLED' });
  });

  it('a parent’s invitation reaches the interpreter by SMTP, with a link that opens that meeting', async () => {
    // Maya's other parent (the meeting was booked with Li Chen): any parent of the child may invite.
    const parent = await signInParentFromEmail('wei.chen@example.com');
    const meetings = (await parent.query('parent.appointments.list', { view: 'upcoming' })).body.result!.data as {
      items: { id: string; topic: string | null }[];
    };
    const maya = meetings.items.find((m) => m.topic === 'Reading progress this term')!;
    const invited = await parent.mutation('parent.guests.invite', {
      id: maya.id,
      invitee: { kind: 'guest', email: 'interpreter@example.test', roleLabel: 'Interpreter' },
    });
    expect(invited.body.error, JSON.stringify(invited.body.error)).toBeUndefined();

    const mail = await mailTo('interpreter@example.test', /Wei Chen invited you to a meeting with Ms\. Rivera/);
    const link = /(http:\/\/\S+\/parent\/guest#invite=[\w-]+)/.exec(mail.text ?? '')![1]!;
    expect(mail.html).toContain(link);
    expect(mail.text).toContain('You join as: Interpreter');
    // The link alone (no session) opens this meeting's invitation.
    const token = new URL(link).hash.replace('#invite=', '');
    const opened = await browser(base).mutation('guest.meeting', { token });
    expect(opened.body.result!.data).toMatchObject({
      teacher: { displayName: 'Ms. Rivera' },
      student: { name: 'Maya Chen' },
      youJoinAs: 'Interpreter, invited by Wei Chen',
    });
  });

  it('an SMTP outage loses nothing: the mail queued meanwhile arrives once when the server is back', async () => {
    const port = sink.port;
    await sink.close();
    const before = (await server.deps.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM outbox_emails`))[0]!
      .n;
    for (const email of ['sofia.garcia@example.com', 'emma.smith@example.com']) {
      await browser(base).mutation('auth.requestMagicLink', { email });
    }
    // Every delivery tries and fails against the closed port.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await server.deps.db.execute<{ failing: number }>(
        sql`SELECT count(*)::int AS failing FROM outbox_emails WHERE status = 'queued' AND attempts >= 1`,
      );
      if (row!.failing >= 2) break;
      if (Date.now() > deadline) throw new Error('deliveries were not attempted during the outage');
      await new Promise((r) => setTimeout(r, 200));
    }
    sink = await startSmtpSink({ port });
    // The next retry would come after graphile-worker's backoff; bring it forward instead of waiting.
    await server.deps.db.execute(sql`SELECT graphile_worker.reschedule_jobs(
      ARRAY(SELECT id FROM graphile_worker.jobs WHERE task_identifier = 'mail:deliver'), run_at := now())`);
    const arrived = await sink.waitFor(2);
    // The row is marked sent right after the server's answer; give that a moment.
    await new Promise((r) => setTimeout(r, 1500));
    const rows = await server.deps.db.execute<{ id: string; status: string }>(
      sql`SELECT id, status FROM outbox_emails ORDER BY created_at OFFSET ${before}`,
    );
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(sink.received.map((m) => m.messageId).sort()).toEqual(rows.map((r) => `<${r.id}@riverside.test>`).sort());
    expect(arrived).toHaveLength(2);
  });
});
