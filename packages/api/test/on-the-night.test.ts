import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outboxEmails } from '@edutrack/db';
import { outcome, useApiHarness } from './harness.ts';

/** Issue 14, on the night: calls cut at the slot's end + handover, running late, the running order, meet now. */
const h = useApiHarness();
const tokens = () =>
  (h.deps.video as unknown as { tokens: { role: string; userId: string; expiresAt: Date }[] }).tokens;
const lastToken = () => tokens().at(-1)!;

async function schedule(family: 'family1' | 'family2' | 'family3', startsAt: string, minutes = 10) {
  const { a } = h.world;
  const teacher = family === 'family3' ? a.teacher2 : a.teacher1;
  const meeting = await h.as(await h.staff(teacher)).staff.appointments.schedule({
    guardianId: a[family].guardian.id,
    studentId: a[family].student.id,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + minutes * 60_000).toISOString(),
  });
  return meeting.id;
}

const teacher1 = async () => h.as(await h.staff(h.world.a.teacher1));
const parent = (family: 'family1' | 'family2' | 'family3') => h.as(h.guardian(h.world.a[family]));
const failure = (call: Promise<unknown>) => call.catch((e: { code: string; message: string }) => e);

describe('a call ends at its slot’s end plus the branch’s handover', () => {
  it('tokens expire (and eject) at slot end + 1 minute, the next family can already come in, and the finished one is closed', async () => {
    h.clock.set('2030-03-04T11:00:00Z');
    const first = await schedule('family1', '2030-03-04T12:00:00Z');
    const second = await schedule('family2', '2030-03-04T12:10:00Z');

    h.clock.set('2030-03-04T11:58:00Z');
    const ticket = await (await teacher1()).staff.meetings.join({ id: first });
    expect(ticket.closesAt).toBe('2030-03-04T12:11:00.000Z');
    expect(lastToken()).toMatchObject({ role: 'teacher', expiresAt: new Date('2030-03-04T12:11:00Z') });
    await parent('family1').parent.meetings.join({ id: first });
    expect(lastToken()).toMatchObject({ role: 'guardian', expiresAt: new Date('2030-03-04T12:11:00Z') });
    expect(await parent('family1').parent.appointments.get({ id: first })).toMatchObject({
      joinClosesAt: '2030-03-04T12:11:00.000Z',
      runningLate: null,
    });

    // During the handover minute the next family is already let in to knock.
    h.clock.set('2030-03-04T12:10:30Z');
    await parent('family2').parent.meetings.join({ id: second });
    expect(lastToken()).toMatchObject({ role: 'guardian', expiresAt: new Date('2030-03-04T12:21:00Z') });

    // At the cut the finished meeting gives no token to anyone, and says why.
    h.clock.set('2030-03-04T12:11:00Z');
    const before = tokens().length;
    for (const join of [(await teacher1()).staff.meetings.join, parent('family1').parent.meetings.join]) {
      expect(await failure(join({ id: first }))).toMatchObject({
        code: 'PRECONDITION_FAILED',
        message: 'This meeting finished at 12:11, so its video call is closed.',
      });
    }
    expect(tokens()).toHaveLength(before);
  });

  it('an admin sets the branch’s handover (a teacher cannot), and the cut follows it', async () => {
    const branchId = h.world.a.branch.id;
    const admin = h.as(await h.staff(h.world.a.admin));
    expect(await outcome((await teacher1()).staff.directory.updateBranch({ branchId, callHandoverMinutes: 5 }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcome(admin.staff.directory.updateBranch({ branchId, callHandoverMinutes: 11 }))).toBe(
      'BAD_REQUEST',
    );
    expect(await admin.staff.directory.updateBranch({ branchId, callHandoverMinutes: 0 })).toMatchObject({
      callHandoverMinutes: 0,
    });
    expect(await (await teacher1()).staff.directory.branches()).toEqual([
      expect.objectContaining({ id: branchId, callHandoverMinutes: 0 }),
    ]);

    h.clock.set('2030-03-04T12:30:00Z');
    const meeting = await schedule('family1', '2030-03-04T12:40:00Z');
    h.clock.set('2030-03-04T12:49:59Z');
    expect((await parent('family1').parent.meetings.join({ id: meeting })).closesAt).toBe('2030-03-04T12:50:00.000Z');
    h.clock.set('2030-03-04T12:50:00Z');
    expect(await outcome(parent('family1').parent.meetings.join({ id: meeting }))).toBe('PRECONDITION_FAILED');

    await admin.staff.directory.updateBranch({ branchId, callHandoverMinutes: 1 });
  });
});

describe('running late', () => {
  it('every family still to come with that teacher today sees the new expected time, and their calls move with it', async () => {
    h.clock.set('2030-03-04T12:55:00Z');
    const now = await schedule('family1', '2030-03-04T13:00:00Z');
    const next = await schedule('family2', '2030-03-04T13:10:00Z');
    const tomorrow = await schedule('family2', '2030-03-05T13:30:00Z');
    const otherTeachers = await schedule('family3', '2030-03-04T13:10:00Z');
    const earlier = (
      await parent('family1').parent.appointments.list({
        view: 'range',
        from: '2030-03-04T11:00:00Z',
        to: '2030-03-04T12:30:00Z',
      })
    ).items;
    expect(earlier.length).toBeGreaterThan(0);

    h.clock.set('2030-03-04T13:06:00Z');
    expect(await (await teacher1()).staff.meetings.runningLate({ minutes: 10 })).toEqual({
      minutes: 10,
      since: '2030-03-04T13:06:00.000Z',
    });

    // The next family: in the app's list, and on the waiting screen's poll.
    const late = { minutes: 10, expectedStartsAt: '2030-03-04T13:20:00.000Z' };
    expect(await parent('family2').parent.appointments.get({ id: next })).toMatchObject({
      runningLate: late,
      joinClosesAt: '2030-03-04T13:31:00.000Z',
    });
    expect(await parent('family2').parent.meetings.teacherPresence({ id: next })).toEqual({
      teacherPresent: false,
      runningLate: late,
    });
    await parent('family2').parent.meetings.join({ id: next });
    expect(lastToken().expiresAt).toEqual(new Date('2030-03-04T13:31:00Z'));
    // The meeting in progress is not finished, so its call may run on by the same 10 minutes.
    expect((await parent('family1').parent.appointments.get({ id: now })).joinClosesAt).toBe(
      '2030-03-04T13:21:00.000Z',
    );

    // Finished meetings, tomorrow's and another teacher's families are not told anything.
    for (const m of earlier) {
      expect((await parent('family1').parent.appointments.get({ id: m.id })).runningLate).toBeNull();
    }
    expect((await parent('family2').parent.appointments.get({ id: tomorrow })).runningLate).toBeNull();
    expect((await parent('family3').parent.appointments.get({ id: otherTeachers })).runningLate).toBeNull();

    // On time again: the notice is gone everywhere.
    expect(await (await teacher1()).staff.meetings.runningLate({ minutes: 0 })).toBeNull();
    expect((await parent('family2').parent.appointments.get({ id: next })).runningLate).toBeNull();
    expect(await outcome((await teacher1()).staff.meetings.runningLate({ minutes: -5 }))).toBe('BAD_REQUEST');
    expect(await outcome(parent('family2').staff.meetings.runningLate({ minutes: 5 }))).toBe('UNAUTHORIZED');
  });

  it('the teacher’s running order: done, now, next, later, who is knocking, and the lateness', async () => {
    h.clock.set('2030-03-04T13:40:00Z');
    const a = await schedule('family1', '2030-03-04T13:45:00Z');
    const b = await schedule('family2', '2030-03-04T13:55:00Z');
    const c = await schedule('family1', '2030-03-04T14:05:00Z');
    h.clock.set('2030-03-04T13:50:00Z');
    await (await teacher1()).staff.meetings.runningLate({ minutes: 5 });
    await parent('family2').parent.meetings.knocking({ id: b, sessionId: 'lobby-session-1' });

    const order = await (await teacher1()).staff.meetings.runningOrder();
    expect(order.now).toBe('2030-03-04T13:50:00.000Z');
    expect(order.runningLate).toMatchObject({ minutes: 5 });
    const phaseOf = (id: string) => order.items.find((item) => item.meeting.id === id);
    expect(order.items.filter((item) => item.phase !== 'done').map((item) => [item.meeting.id, item.phase])).toEqual([
      [a, 'now'],
      [b, 'next'],
      [c, 'later'],
    ]);
    expect(order.items.slice(0, -3).every((item) => item.phase === 'done')).toBe(true);
    expect(phaseOf(b)).toMatchObject({
      expectedStartsAt: '2030-03-04T14:00:00.000Z',
      knocking: [{ name: expect.stringContaining('(parent of '), isExpectedParent: true }],
    });
    // Another teacher's order has none of these.
    const other = await h.as(await h.staff(h.world.a.teacher2)).staff.meetings.runningOrder();
    expect(other.items.some((item) => [a, b, c].includes(item.meeting.id))).toBe(false);
    await (await teacher1()).staff.meetings.runningLate({ minutes: 0 });
  });
});

describe('meet now', () => {
  it('a teacher calls a parent of their own student: a meeting from this minute, joinable at once, the parent asked by email to join now', async () => {
    h.clock.set('2030-03-04T16:00:00Z');
    const { family1 } = h.world.a;
    const meeting = await (
      await teacher1()
    ).staff.meetings.meetNow({ guardianId: family1.guardian.id, studentId: family1.student.id, minutes: 15 });
    expect(meeting).toMatchObject({
      startsAt: '2030-03-04T16:00:00.000Z',
      endsAt: '2030-03-04T16:15:00.000Z',
      status: 'scheduled',
    });
    expect(await parent('family1').parent.meetings.join({ id: meeting.id })).toMatchObject({
      you: { role: 'guardian' },
    });
    const mail = await h.testDb.db.select().from(outboxEmails).where(eq(outboxEmails.kind, 'meeting-now'));
    // Worded as a call to join now (not "your meeting is booked"), to the parent alone.
    expect(mail.map((m) => m.toAddress)).toEqual([family1.guardian.email]);
    expect(mail[0]!.subject).toMatch(/^Talk now: /);
    expect(mail[0]!.bodyText).toContain('would like to talk with you about');
    expect(mail[0]!.bodyText).toContain('press "Join Video Call" now');
    expect(mail[0]!.bodyText).toContain('16:00');
  });

  it('never with a family the teacher does not teach, another branch’s family, or a parent of another child', async () => {
    h.clock.set('2030-03-04T17:00:00Z');
    const { a, b } = h.world;
    const teacher2 = h.as(await h.staff(a.teacher2));
    const otherBranch = h.as(await h.staff(b.teacher1));
    const call = (who: typeof teacher2, family: typeof a.family1, student = family.student) =>
      outcome(who.staff.meetings.meetNow({ guardianId: family.guardian.id, studentId: student.id, minutes: 10 }));
    expect(await call(teacher2, a.family1)).toBe('NOT_FOUND');
    expect(await call(otherBranch, a.family1)).toBe('NOT_FOUND');
    expect(await call(await teacher1(), a.family3)).toBe('NOT_FOUND');
    expect(await call(await teacher1(), a.family2, a.family1.student)).toBe('NOT_FOUND');
    expect(await call(parent('family1'), a.family1)).toBe('UNAUTHORIZED');
    expect(
      await outcome(
        (await teacher1()).staff.meetings.meetNow({
          guardianId: a.family1.guardian.id,
          studentId: a.family1.student.id,
          minutes: 7,
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
