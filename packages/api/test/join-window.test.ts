import { beforeAll, describe, expect, it } from 'vitest';
import { outcome, useApiHarness } from './harness.ts';

const h = useApiHarness();
let appointmentId: string;

beforeAll(async () => {
  const { teacher1, family1 } = h.world.a;
  const meeting = await h.as(await h.staff(teacher1)).staff.appointments.schedule({
    guardianId: family1.guardian.id,
    studentId: family1.student.id,
    startsAt: '2030-03-04T13:00:00Z',
    endsAt: '2030-03-04T13:15:00Z',
  });
  appointmentId = meeting.id;
});

describe('joining a meeting', () => {
  it('before the window: says when the room opens (in the branch zone), mints nothing', async () => {
    h.clock.set('2030-03-04T12:54:59Z');
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    const error = await teacher.staff.meetings
      .join({ id: appointmentId })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/opens at 12:55, 5 minutes before/),
    });
    expect((h.deps.video as unknown as { tokens: unknown[] }).tokens).toHaveLength(0);
  });

  it('inside the window: the teacher gets an owner token, the parent a knocking one under a vouched name', async () => {
    h.clock.set('2030-03-04T12:55:00Z');
    const teacher = await h.as(await h.staff(h.world.a.teacher1)).staff.meetings.join({ id: appointmentId });
    const parent = await h.as(h.guardian(h.world.a.family1)).parent.meetings.join({ id: appointmentId });
    expect(teacher).toMatchObject({
      you: { role: 'teacher', userId: h.world.a.teacher1.id },
      closesAt: '2030-03-04T13:16:00.000Z',
      token: `token-for-${h.world.a.teacher1.id}`,
    });
    expect(parent).toMatchObject({
      you: {
        role: 'guardian',
        userName: `${h.world.a.family1.guardian.name} (parent of ${h.world.a.family1.student.name})`,
      },
    });
    expect(parent.roomName).toBe(teacher.roomName);
    expect((h.deps.video as unknown as { rooms: Map<string, unknown> }).rooms.has(teacher.roomName)).toBe(true);
  });

  it('a branch admin can see the meeting but not host it', async () => {
    const admin = h.as(await h.staff(h.world.a.admin));
    expect(await outcome(admin.staff.meetings.join({ id: appointmentId }))).toBe('FORBIDDEN');
  });

  it('after the window: the room is closed', async () => {
    h.clock.set('2030-03-04T13:45:00Z');
    const error = await h
      .as(h.guardian(h.world.a.family1))
      .parent.meetings.join({ id: appointmentId })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringMatching(/has ended/) });
    h.clock.set('2030-03-04T12:00:00Z');
  });
});
