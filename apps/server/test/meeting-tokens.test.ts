import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type AppError, createSession, joinAsParent, joinAsTeacher, savePushSubscription } from '@edutrack/core';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();
const guardianActor = (f: { guardian: { id: string; email: string; name: string; language: string | null } }) => ({
  kind: 'guardian' as const,
  ...f.guardian,
});

describe('meeting tokens', () => {
  it('are minted only inside the window, as owner for the teacher and knocking for the parent', async () => {
    const id = await h.scheduleMeeting(30);
    const teacher = await h.staff(h.world.a.teacher1);
    const parent = guardianActor(h.world.a.family1);

    const early = await joinAsParent(h.deps, parent, id).catch((e: AppError) => e);
    expect(early).toMatchObject({ code: 'PRECONDITION_FAILED', userMessage: expect.stringMatching(/opens at 12:25/) });

    h.clock.set('2030-03-04T12:25:00Z');
    const host = await joinAsTeacher(h.deps, teacher, id);
    const guest = await joinAsParent(h.deps, parent, id);
    const hostToken = await h.daily.validateMeetingToken(host.token);
    const guestToken = await h.daily.validateMeetingToken(guest.token);
    expect(hostToken).toMatchObject({
      room_name: host.roomName,
      is_owner: true,
      user_id: teacher.id,
      // The slot's end (12:45) plus the branch's handover minute: the call's cut-off, not the room's close.
      exp: Math.floor(Date.parse('2030-03-04T12:46:00Z') / 1000),
    });
    expect(guestToken).toMatchObject({
      room_name: host.roomName,
      knocking: true,
      user_id: parent.id,
      user_name: `${parent.name} (parent of ${h.world.a.family1.student.name})`,
      exp: Math.floor(Date.parse('2030-03-04T12:46:00Z') / 1000),
    });
    expect(guestToken.is_owner ?? false).toBe(false);
    expect(host.roomUrl).toContain(host.roomName);

    // Another family's parent and another teacher get nothing, not even a hint the meeting exists.
    const stranger = await joinAsParent(h.deps, guardianActor(h.world.a.family3), id).catch((e: AppError) => e.code);
    const colleague = await joinAsTeacher(h.deps, await h.staff(h.world.a.teacher2), id).catch((e: AppError) => e.code);
    expect([stranger, colleague]).toEqual(['NOT_FOUND', 'NOT_FOUND']);

    h.clock.set('2030-03-04T12:46:00Z');
    expect(await joinAsTeacher(h.deps, teacher, id).catch((e: AppError) => e.userMessage)).toBe(
      'This meeting finished at 12:46, so its video call is closed.',
    );
    h.clock.set('2030-03-04T13:15:00Z');
    expect(await joinAsTeacher(h.deps, teacher, id).catch((e: AppError) => e.userMessage)).toMatch(/has ended/);
    h.clock.set('2030-03-04T12:00:00Z');
  });

  it('the teacher opening the call tells the parent\'s devices "Ms. Rivera is ready for you"', async () => {
    h.clock.set('2030-03-04T15:00:00Z');
    const id = await h.scheduleMeeting(3);
    const parent = guardianActor(h.world.a.family1);
    const session = await createSession(h.testDb.db, h.clock, 'guardian', parent.id);
    await savePushSubscription(h.deps, parent, session.token, {
      endpoint: 'https://push.example/device-1',
      keys: {
        p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
        auth: 'tBHItJI5svbpez7KI4CCXg',
      },
    });
    await joinAsTeacher(h.deps, await h.staff(h.world.a.teacher1), id);
    const jobs = await h.testDb.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'push:deliver'`,
    );
    expect(jobs[0]!.n).toBe(1);
    h.clock.set('2030-03-04T12:00:00Z');
  });

  it('a join before the room job ran makes the room on the spot', async () => {
    const id = await h.scheduleMeeting(3);
    const ticket = await joinAsTeacher(h.deps, await h.staff(h.world.a.teacher1), id);
    expect(await h.daily.findRoom(ticket.roomName)).not.toBeNull();
  });
});
