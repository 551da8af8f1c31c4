import { and, eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEmails } from '@edutrack/db';
import type { SchoolWorld, TestDatabase } from '@edutrack/db/testing';
import {
  cancelAppointment,
  type ManualClock,
  reminderPlanJob,
  reminderSendJob,
  rescheduleByStaff,
  scheduleMeeting,
  type MeetingDeps,
  type StaffActor,
} from '@edutrack/core';
import { TEST_NOW, useSchoolHarness } from '@edutrack/core/testing';
import { startWorker, type RunningWorker } from '../src/worker/start-worker.ts';

/**
 * Reminders as durable jobs: real Postgres, real graphile-worker, a test clock. Between the phases the
 * worker stops and a new one (then two at once) starts, as after a deploy or on several instances.
 * graphile-worker compares run_at with the database's clock, so each phase brings the queued
 * reminders forward to "now" once the test clock has moved; the handlers decide by the test clock.
 */
const NOW = new Date(TEST_NOW);
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const H = 60;

const h = useSchoolHarness({ publicUrl: 'https://meet.school.test' });
let testDb: TestDatabase;
let world: SchoolWorld;
let clock: ManualClock;
let deps: MeetingDeps;
let teacher: StaffActor;
let workers: RunningWorker[] = [];

beforeAll(async () => {
  ({ testDb, world, clock } = h);
  // Reminders never reach the video provider.
  deps = { ...h.deps, video: undefined as never };
  teacher = await h.staff(world.a.teacher1);
});
afterAll(async () => {
  await stopWorkers();
});

async function startWorkers(count: number) {
  for (let i = 0; i < count; i++) {
    workers.push(
      await startWorker({
        databaseUrl: testDb.url,
        concurrency: 2,
        deps,
        jobs: [reminderPlanJob, reminderSendJob],
        log: pino({ level: 'silent' }),
      }),
    );
  }
}
async function stopWorkers() {
  for (const w of workers) await w.stop();
  workers = [];
}

/** Brings every queued reminder job forward to now and waits until the workers have run all that is due. */
async function runDueJobs() {
  await testDb.db.execute(sql`SELECT graphile_worker.reschedule_jobs(
    ARRAY(SELECT id FROM graphile_worker.jobs WHERE task_identifier LIKE 'reminders:%'), run_at := now())`);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const [row] = await testDb.db.execute<{ due: number }>(sql`SELECT count(*)::int AS due FROM graphile_worker.jobs
      WHERE task_identifier LIKE 'reminders:%' AND (run_at <= now() OR locked_at IS NOT NULL) AND attempts < max_attempts`);
    if (row!.due === 0) return;
  }
  throw new Error('reminder jobs did not finish');
}

const reminders = () =>
  testDb.db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.kind, 'reminder'), eq(outboxEmails.toAddress, world.a.family1.guardian.email)))
    .orderBy(outboxEmails.createdAt);

async function schedule(startMinutes: number) {
  return scheduleMeeting(deps, teacher, {
    guardianId: world.a.family1.guardian.id,
    studentId: world.a.family1.student.id,
    startsAt: at(startMinutes),
    endsAt: at(startMinutes + 10),
  });
}

describe('reminders', { timeout: 120_000 }, () => {
  it('go once per meeting and time, grouped per family, never for cancelled meetings, across restarts', async () => {
    // A parents' evening: two meetings 20 minutes apart tomorrow, one cancelled, one moved away.
    const a = await schedule(25 * H);
    const b = await schedule(25 * H + 20);
    const c = await schedule(26 * H);
    const d = await schedule(26 * H + 30);
    await startWorkers(1);
    await runDueJobs(); // plans every meeting's reminders (24 h and 1 h before)
    await cancelAppointment(deps, teacher, { id: c.id, reason: 'Teacher ill' });
    await rescheduleByStaff(deps, teacher, { id: d.id, startsAt: at(49 * H), endsAt: at(49 * H + 10) });
    await runDueJobs();
    await stopWorkers(); // the server restarts; the jobs stay in Postgres
    expect(await reminders()).toHaveLength(0);

    // 24 h before the first meeting: ONE email for A and B; C is cancelled; D has moved to the next day.
    clock.set(at(H + 1));
    await startWorkers(1);
    await runDueJobs();
    const dayBefore = await reminders();
    expect(dayBefore).toHaveLength(1);
    expect(dayBefore[0]!.subject).toMatch(/^Reminder: 2 meetings tomorrow/);
    expect(dayBefore[0]!.bodyText).toContain(`/parent/meetings/${a.id}`);
    expect(dayBefore[0]!.bodyText).toContain(`/parent/meetings/${b.id}`);
    expect(dayBefore[0]!.bodyText).not.toContain(c.id);
    expect(dayBefore[0]!.bodyText).not.toContain(d.id);
    expect(dayBefore[0]!.bodyText).not.toContain('Join Video Call:');
    await stopWorkers();

    // 1 h before, with two workers at once: again one email, now with the "Join Video Call" links.
    clock.set(at(24 * H + 1));
    await startWorkers(2);
    await runDueJobs();
    await runDueJobs();
    const hourBefore = (await reminders()).slice(1);
    expect(hourBefore).toHaveLength(1);
    expect(hourBefore[0]!.subject).toMatch(/^Reminder: 2 meetings in 1 hour/);
    expect(hourBefore[0]!.bodyText).toContain(`Join Video Call: https://meet.school.test/parent/meetings/${a.id}/call`);
    expect(hourBefore[0]!.bodyText).toContain(`Join Video Call: https://meet.school.test/parent/meetings/${b.id}/call`);

    // The moved meeting is reminded for its new time, once; the cancelled one never.
    clock.set(at(25 * H + 1));
    await runDueJobs();
    clock.set(at(48 * H + 1));
    await runDueJobs();
    await runDueJobs();
    const all = await reminders();
    expect(all.map((m) => m.subject)).toEqual([
      expect.stringMatching(/2 meetings tomorrow/),
      expect.stringMatching(/2 meetings in 1 hour/),
      expect.stringMatching(/^Reminder: meeting with .* tomorrow/),
      expect.stringMatching(/^Reminder: meeting with .* in 1 hour/),
    ]);
    expect(all.slice(2).every((m) => m.bodyText.includes(d.id))).toBe(true);
    expect(all.some((m) => m.bodyText.includes(c.id))).toBe(false);
  });
});
