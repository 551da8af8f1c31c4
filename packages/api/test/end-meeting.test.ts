import { beforeAll, describe, expect, it } from 'vitest';
import { outcome, useApiHarness } from './harness.ts';

const h = useApiHarness();
let appointmentId: string;
const tokens = () => (h.deps.video as unknown as { tokens: unknown[] }).tokens.length;

beforeAll(async () => {
  const { teacher1, family1 } = h.world.a;
  const meeting = await h.as(await h.staff(teacher1)).staff.appointments.schedule({
    guardianId: family1.guardian.id,
    studentId: family1.student.id,
    startsAt: '2030-03-04T13:00:00Z',
    endsAt: '2030-03-04T13:30:00Z',
  });
  appointmentId = meeting.id;
});

describe('ending a meeting for everyone', () => {
  it('closes it: no token for the teacher or the parent, and the card can tell', async () => {
    h.clock.set('2030-03-04T13:10:00Z');
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    const parent = h.as(h.guardian(h.world.a.family1));
    await teacher.staff.meetings.join({ id: appointmentId });
    const before = tokens();

    const ended = await teacher.staff.meetings.end({ id: appointmentId });
    expect(ended).toMatchObject({ endedAt: '2030-03-04T13:10:00.000Z', permissions: { reopen: true, cancel: false } });

    for (const join of [teacher.staff.meetings.join, parent.parent.meetings.join]) {
      const error = await join({ id: appointmentId }).catch((e: { code: string; message: string }) => e);
      expect(error).toMatchObject({
        code: 'PRECONDITION_FAILED',
        message: 'This meeting was ended at 13:10 and its video room is closed.',
      });
    }
    expect(tokens()).toBe(before);
    expect(await parent.parent.appointments.get({ id: appointmentId })).toMatchObject({
      endedAt: '2030-03-04T13:10:00.000Z',
      permissions: { reopen: false },
    });
  });

  it('frees the rest of its time for another meeting', async () => {
    h.clock.set('2030-03-04T13:11:00Z');
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    const next = await teacher.staff.appointments.schedule({
      guardianId: h.world.a.family2.guardian.id,
      studentId: h.world.a.family2.student.id,
      startsAt: '2030-03-04T13:15:00Z',
      endsAt: '2030-03-04T13:25:00Z',
    });
    expect(next.status).toBe('scheduled');

    // Reopening would now double-book the teacher: refused, in words.
    const error = await teacher.staff.meetings
      .reopen({ id: appointmentId })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^You already have a meeting at that time \(13:15–13:25\)/),
    });

    await teacher.staff.appointments.cancel({ id: next.id, reason: 'Booked by mistake' });
  });

  it('can be reopened by mistake until its room would have closed, and then joined again', async () => {
    h.clock.set('2030-03-04T13:12:00Z');
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    expect(await teacher.staff.meetings.reopen({ id: appointmentId })).toMatchObject({ endedAt: null });
    expect(await teacher.staff.meetings.join({ id: appointmentId })).toMatchObject({ you: { role: 'teacher' } });

    await teacher.staff.meetings.end({ id: appointmentId });
    h.clock.set('2030-03-04T14:00:00Z');
    expect(await outcome(teacher.staff.meetings.reopen({ id: appointmentId }))).toBe('PRECONDITION_FAILED');
  });

  it('only by the meeting’s teacher or an admin of its branch', async () => {
    const other = h.as(await h.staff(h.world.a.teacher2));
    expect(await outcome(other.staff.meetings.end({ id: appointmentId }))).toBe('NOT_FOUND');
    expect(await outcome(h.as(h.guardian(h.world.a.family1)).staff.meetings.end({ id: appointmentId }))).toBe(
      'UNAUTHORIZED',
    );
  });
});
