import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appointments } from '@edutrack/db';
import {
  AppError,
  cancelAppointment,
  getAppointment,
  listAppointments,
  rescheduleByStaff,
  scheduleMeeting,
} from '../src/index.ts';
import { later, useHarness } from './harness.ts';

const h = useHarness();

const expectAppError = async (promise: Promise<unknown>, code: string, message?: RegExp) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).userMessage).toMatch(message);
};

const countAppointments = async () => (await h.testDb.db.select().from(appointments)).length;

describe('a teacher schedules a meeting', () => {
  it('stores it, queues the room sync in the same transaction and emails the parent', async () => {
    const { teacher1, family1 } = h.world.a;
    const staff = await h.staff(teacher1);
    const view = await scheduleMeeting(h.deps, staff, {
      guardianId: family1.guardian.id,
      studentId: family1.student.id,
      startsAt: later(60),
      endsAt: later(75),
      topic: 'Reading progress',
    });
    expect(view).toMatchObject({
      status: 'scheduled',
      topic: 'Reading progress',
      teacher: { id: teacher1.id },
      guardian: { id: family1.guardian.id },
      joinOpensAt: later(55).toISOString(),
      joinClosesAt: later(76).toISOString(),
      permissions: { cancel: true, reschedule: true },
    });
    expect(await h.roomSyncJobs()).toContainEqual({ appointmentId: view.id, key: `room-sync:${view.id}` });
    // Both sides hear of it, each with the calendar invite.
    const toParent = await h.lastMailTo(family1.guardian.email);
    const toTeacher = await h.lastMailTo(teacher1.email);
    for (const mail of [toParent, toTeacher]) {
      expect(mail.subject).toMatch(/Meeting scheduled/);
      expect(mail.bodyText).toContain('Europe/London');
      expect(mail.calendarMethod).toBe('REQUEST');
    }
    expect(await h.mailJobs()).toEqual(expect.arrayContaining([toParent.id, toTeacher.id]));
  });

  it('rejects bad times with a clear message and stores nothing', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const base = { guardianId: h.world.a.family1.guardian.id, studentId: h.world.a.family1.student.id };
    const before = await countAppointments();
    await expectAppError(
      scheduleMeeting(h.deps, staff, { ...base, startsAt: later(-30), endsAt: later(-15) }),
      'BAD_REQUEST',
      /already passed/,
    );
    await expectAppError(
      scheduleMeeting(h.deps, staff, { ...base, startsAt: later(90), endsAt: later(80) }),
      'BAD_REQUEST',
      /end after it starts/,
    );
    await expectAppError(
      scheduleMeeting(h.deps, staff, { ...base, startsAt: later(90), endsAt: later(90 + 180) }),
      'BAD_REQUEST',
      /at most 2 hours/,
    );
    await expectAppError(
      scheduleMeeting(h.deps, staff, { ...base, startsAt: later(90), endsAt: later(92) }),
      'BAD_REQUEST',
      /at least 5 minutes/,
    );
    await expectAppError(
      scheduleMeeting(h.deps, staff, { ...base, startsAt: later(60 * 24 * 400), endsAt: later(60 * 24 * 400 + 10) }),
      'BAD_REQUEST',
      /one year ahead/,
    );
    expect(await countAppointments()).toBe(before);
  });

  it('names the clash when the teacher is busy', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const { family2 } = h.world.a;
    await expectAppError(
      scheduleMeeting(h.deps, staff, {
        guardianId: family2.guardian.id,
        studentId: family2.student.id,
        startsAt: later(70),
        endsAt: later(80),
      }),
      'CONFLICT',
      /You already have a meeting at that time \(13:00–13:15\)/,
    );
  });

  it('a retried submit with the same idempotency key books once, even when both arrive together', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const { family2 } = h.world.a;
    const input = {
      guardianId: family2.guardian.id,
      studentId: family2.student.id,
      startsAt: later(200),
      endsAt: later(210),
      idempotencyKey: 'submit-42',
    };
    const [first, second] = await Promise.all([
      scheduleMeeting(h.deps, staff, input),
      scheduleMeeting(h.deps, staff, input),
    ]);
    const third = await scheduleMeeting(h.deps, staff, input);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(
      await h.testDb.db.select().from(appointments).where(eq(appointments.idempotencyKey, 'submit-42')),
    ).toHaveLength(1);
  });

  it("won't schedule with a student the teacher doesn't teach or a parent of another child", async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const { family1, family3 } = h.world.a;
    await expectAppError(
      scheduleMeeting(h.deps, staff, {
        guardianId: family3.guardian.id,
        studentId: family3.student.id,
        startsAt: later(300),
        endsAt: later(310),
      }),
      'NOT_FOUND',
    );
    await expectAppError(
      scheduleMeeting(h.deps, staff, {
        guardianId: family3.guardian.id,
        studentId: family1.student.id,
        startsAt: later(300),
        endsAt: later(310),
      }),
      'NOT_FOUND',
      /parent/,
    );
  });
});

describe('rescheduling and cancelling', () => {
  it('moves a meeting, re-queues the room sync and tells the parent', async () => {
    const staff = await h.staff(h.world.a.teacher2);
    const { family3 } = h.world.a;
    const view = await scheduleMeeting(h.deps, staff, {
      guardianId: family3.guardian.id,
      studentId: family3.student.id,
      startsAt: later(400),
      endsAt: later(410),
    });
    const moved = await rescheduleByStaff(h.deps, staff, { id: view.id, startsAt: later(500), endsAt: later(520) });
    expect(moved.startsAt).toBe(later(500).toISOString());
    expect(moved.endsAt).toBe(later(520).toISOString());
    const toParent = await h.lastMailTo(family3.guardian.email);
    expect((await h.lastMailTo(h.world.a.teacher2.email)).subject).toMatch(/Meeting moved/);
    expect(toParent.subject).toMatch(/Meeting moved/);
    expect(toParent.calendarIcs).toContain('SEQUENCE:1');
    expect((await h.roomSyncJobs()).filter((j) => j.appointmentId === view.id)).toHaveLength(1);
  });

  it('cancels with a reason; a cancelled meeting cannot be cancelled or moved again', async () => {
    const staff = await h.staff(h.world.a.teacher2);
    const { family3 } = h.world.a;
    const view = await scheduleMeeting(h.deps, staff, {
      guardianId: family3.guardian.id,
      studentId: family3.student.id,
      startsAt: later(700),
      endsAt: later(710),
    });
    const cancelled = await cancelAppointment(h.deps, staff, { id: view.id, reason: 'Teacher ill' });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Teacher ill',
      cancelledBy: 'staff',
      permissions: { cancel: false },
    });
    const toParent = await h.lastMailTo(family3.guardian.email);
    expect(toParent.bodyText).toContain('Reason: Teacher ill');
    expect(toParent.calendarMethod).toBe('CANCEL');
    await expectAppError(
      cancelAppointment(h.deps, staff, { id: view.id, reason: 'again' }),
      'PRECONDITION_FAILED',
      /already cancelled/,
    );
    await expectAppError(
      rescheduleByStaff(h.deps, staff, { id: view.id, startsAt: later(800), endsAt: later(810) }),
      'PRECONDITION_FAILED',
    );
    // The time is free again.
    await scheduleMeeting(h.deps, staff, {
      guardianId: family3.guardian.id,
      studentId: family3.student.id,
      startsAt: later(700),
      endsAt: later(710),
    });
  });

  it('a parent sees their meetings, cannot cancel a started one, and may cancel before the start', async () => {
    const { family1 } = h.world.a;
    const parent = h.guardian(family1);
    const upcoming = await listAppointments(h.deps, parent, { view: 'upcoming' });
    expect(upcoming.items.length).toBeGreaterThan(0);
    expect(upcoming.items.every((a) => a.guardian.id === family1.guardian.id)).toBe(true);
    const first = upcoming.items[0]!;
    h.clock.set(new Date(new Date(first.startsAt).getTime() + 60_000));
    await expectAppError(cancelAppointment(h.deps, parent, { id: first.id }), 'PRECONDITION_FAILED', /already started/);
    h.clock.set('2030-03-04T12:00:00Z');
    expect(await cancelAppointment(h.deps, parent, { id: first.id })).toMatchObject({
      cancelledBy: 'guardian',
      cancelledByViewer: true,
    });
    expect((await getAppointment(h.deps, await h.staff(h.world.a.teacher1), first.id)).cancelledByViewer).toBe(false);
    expect((await h.outbox()).at(-1)!.toAddress).toMatch(/@school\.test$/);
    // Said once: "with Li Chen about Maya Chen", not "with Li Chen (Maya Chen) about Maya Chen".
    expect((await h.outbox()).at(-1)!.bodyText).toContain(
      `meeting with ${family1.guardian.name} about ${family1.student.name} `,
    );
  });

  it('upcoming lists only meetings still to happen; held, ended and cancelled ones are past', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const { family2 } = h.world.a;
    const make = (minutes: number) =>
      scheduleMeeting(h.deps, staff, {
        guardianId: family2.guardian.id,
        studentId: family2.student.id,
        startsAt: later(minutes),
        endsAt: later(minutes + 10),
      });
    const cancelled = await make(900);
    await cancelAppointment(h.deps, staff, { id: cancelled.id, reason: 'Parent asked' });
    const held = await make(920);
    await h.testDb.db.update(appointments).set({ status: 'completed' }).where(eq(appointments.id, held.id));
    const ended = await make(940);
    await h.testDb.db
      .update(appointments)
      .set({ endedAt: new Date(later(945)) })
      .where(eq(appointments.id, ended.id));
    const live = await make(960);

    const ids = async (view: 'upcoming' | 'past') =>
      (await listAppointments(h.deps, h.guardian(family2), { view, limit: 200 })).items.map((a) => a.id);
    const upcoming = await ids('upcoming');
    expect(upcoming).toContain(live.id);
    expect(upcoming).not.toContain(cancelled.id);
    expect(upcoming).not.toContain(held.id);
    expect(upcoming).not.toContain(ended.id);
    expect(await ids('past')).toEqual(expect.arrayContaining([cancelled.id, held.id, ended.id]));
  });

  it('lists past meetings newest first and pages through upcoming ones', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const page1 = await listAppointments(h.deps, staff, { view: 'upcoming', limit: 1 });
    expect(page1.items).toHaveLength(1);
    expect(page1.nextCursor).toBeTruthy();
    const page2 = await listAppointments(h.deps, staff, { view: 'upcoming', limit: 1, cursor: page1.nextCursor! });
    expect(page2.items[0]!.startsAt >= page1.items[0]!.startsAt).toBe(true);
    expect(page2.items[0]!.id).not.toBe(page1.items[0]!.id);

    h.clock.set('2030-03-20T12:00:00Z');
    const past = await listAppointments(h.deps, staff, { view: 'past' });
    const starts = past.items.map((a) => a.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    h.clock.set('2030-03-04T12:00:00Z');
    await expect(getAppointment(h.deps, staff, past.items[0]!.id)).resolves.toMatchObject({ id: past.items[0]!.id });
  });
});
