import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { isTeacherInCall, syncRoom } from '@edutrack/core';
import { PRESENCE_TTL_MS } from '../src/adapters/cached-presence.ts';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();

describe('"is the teacher in the call?" for the parent’s knock screen', () => {
  it('comes from Daily’s presence on the teacher’s token user id, at most one request per few seconds', async () => {
    const id = await h.scheduleMeeting(700);
    await syncRoom(h.deps, id);
    const [room] = await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, id));
    const { teacher1, family1, family2 } = h.world.a;
    const parent = { kind: 'guardian' as const, ...family1.guardian };
    const presence = vi.spyOn(h.daily, 'getPresence');

    expect(await isTeacherInCall(h.deps, parent, id)).toEqual({ teacherPresent: false, runningLate: null });
    const token = await h.deps.video.mintToken({
      roomName: room!.name,
      role: 'teacher',
      userId: teacher1.id,
      userName: teacher1.displayName,
      expiresAt: new Date(h.clock.now().getTime() + 24 * 3600_000),
    });
    h.clock.set(new Date(h.clock.now().getTime() + 700 * 60_000));
    const joined = await h.emulator.calls.join({ roomName: room!.name, token });
    expect(joined.status).toBe('joined');
    // Many parents asking within the cache's lifetime share one request to Daily.
    const calls = presence.mock.calls.length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => isTeacherInCall(h.deps, parent, id)));
    expect(answers.every((a) => a.teacherPresent)).toBe(true);
    expect(presence.mock.calls.length).toBe(calls + 1);
    expect(await isTeacherInCall(h.deps, parent, id)).toEqual({ teacherPresent: true, runningLate: null });
    expect(presence.mock.calls.length).toBe(calls + 1);

    // The teacher leaves; the next answer after the cache's lifetime says so.
    if (joined.status === 'joined') await h.emulator.calls.leave(joined.participant.sessionId);
    h.clock.advance(PRESENCE_TTL_MS);
    expect(await isTeacherInCall(h.deps, parent, id)).toEqual({ teacherPresent: false, runningLate: null });

    // Another family's parent cannot ask about this meeting.
    const stranger = { kind: 'guardian' as const, ...family2.guardian };
    await expect(isTeacherInCall(h.deps, stranger, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    h.clock.set('2030-03-04T12:00:00Z');
  });
});
