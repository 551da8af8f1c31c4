import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { endMeeting, joinAsTeacher, reopenMeeting, syncRoom } from '@edutrack/core';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();
const roomRow = async (id: string) =>
  (await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, id)))[0]!;

describe('"End meeting for everyone" through the room sync job', () => {
  it('removes everyone still in the call and deletes the room; a reopen makes it again', async () => {
    const id = await h.scheduleMeeting(3);
    const teacher = await h.staff(h.world.a.teacher1);
    const ticket = await joinAsTeacher(h.deps, teacher, id);
    expect(await h.emulator.calls.join({ roomName: ticket.roomName, token: ticket.token })).toMatchObject({
      status: 'joined',
    });
    expect(h.emulator.calls.participants(ticket.roomName)).toHaveLength(1);

    await endMeeting(h.deps, teacher, id);
    // The job the end queued: the room is no longer needed, so it empties it and deletes it.
    expect(await syncRoom(h.deps, id)).toBe('deleted');
    expect(h.emulator.calls.participants(ticket.roomName)).toHaveLength(0);
    expect(await h.daily.findRoom(ticket.roomName)).toBeNull();
    expect((await roomRow(id)).status).toBe('deleted');
    // A retry of the same job finds nothing left to do.
    expect(await syncRoom(h.deps, id)).toBe('skipped');

    await reopenMeeting(h.deps, teacher, id);
    expect(await syncRoom(h.deps, id)).toBe('ready');
    expect(await h.daily.findRoom(ticket.roomName)).not.toBeNull();
  });
});
