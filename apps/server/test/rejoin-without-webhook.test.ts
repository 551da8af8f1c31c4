import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { appointmentRooms, appointments, meetingPresence } from '@edutrack/db';
import { rejoinAsParent, syncRoom } from '@edutrack/core';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();

async function openMeeting(inMinutes: number, family: 'family1' | 'family2') {
  const id = await h.scheduleMeeting(inMinutes, { family });
  await syncRoom(h.deps, id);
  const [appointment] = await h.testDb.db.select().from(appointments).where(eq(appointments.id, id));
  const [room] = await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, id));
  return { id, startsAt: appointment!.startsAt, endsAt: appointment!.endsAt, room: room!.name };
}

async function join(roomName: string, role: 'teacher' | 'guardian', user: { id: string; name: string }) {
  const token = await h.deps.video.mintToken({
    roomName,
    role,
    userId: user.id,
    userName: user.name,
    expiresAt: new Date(h.clock.now().getTime() + 3 * 3600_000),
  });
  return h.emulator.calls.join({ roomName, token });
}

const sessionOf = (outcome: Awaited<ReturnType<typeof join>>) => {
  if (outcome.status !== 'joined' && outcome.status !== 'waiting') throw new Error(`not let in: ${outcome.status}`);
  return outcome.participant.sessionId;
};

const confirmedRows = (appointmentId: string, guardianId: string) =>
  h.testDb.db
    .select()
    .from(meetingPresence)
    .where(
      and(
        eq(meetingPresence.appointmentId, appointmentId),
        eq(meetingPresence.userId, guardianId),
        eq(meetingPresence.kind, 'participant'),
      ),
    );

describe('a parent rejoining before Daily’s webhook says they were let in (no webhook registered at all)', () => {
  it('is let back in without knocking when Daily’s record of the call shows them, and the answer is kept', async () => {
    const { teacher1, family1 } = h.world.a;
    const meeting = await openMeeting(900, 'family1');
    h.clock.set(meeting.startsAt);
    const host = sessionOf(await join(meeting.room, 'teacher', { id: teacher1.id, name: teacher1.displayName }));
    const knock = sessionOf(await join(meeting.room, 'guardian', family1.guardian));
    await h.emulator.calls.admit(knock);
    h.clock.advance(2 * 60_000);
    // The parent's connection drops; Daily removes them. No webhook ever reaches us.
    await h.emulator.calls.leave(knock);
    expect(await confirmedRows(meeting.id, family1.guardian.id)).toEqual([]);

    const asked = vi.spyOn(h.daily, 'listMeetings');
    const parent = h.guardian(family1);
    const ticket = await rejoinAsParent(h.deps, parent, meeting.id);
    // The new token skips the lobby: straight into the call.
    expect(await h.emulator.calls.join({ roomName: ticket.roomName, token: ticket.token })).toMatchObject({
      status: 'joined',
    });
    const [row] = await confirmedRows(meeting.id, family1.guardian.id);
    expect(row).toMatchObject({ role: 'guardian', confirmedByDaily: true, sessionId: knock });

    // The next drop needs no look-up.
    const lookups = asked.mock.calls.length;
    expect(lookups).toBeGreaterThan(0);
    await rejoinAsParent(h.deps, parent, meeting.id);
    expect(asked.mock.calls.length).toBe(lookups);
    asked.mockRestore();
    await h.emulator.calls.leave(host);
  });

  it('while Daily cannot answer, says so without refusing (the app keeps trying), and lets them in once it can', async () => {
    const { teacher1, family1 } = h.world.a;
    const meeting = await openMeeting(950, 'family1');
    h.clock.set(meeting.startsAt);
    const host = sessionOf(await join(meeting.room, 'teacher', { id: teacher1.id, name: teacher1.displayName }));
    const knock = sessionOf(await join(meeting.room, 'guardian', family1.guardian));
    await h.emulator.calls.admit(knock);
    await h.emulator.calls.leave(knock);

    h.emulator.faults.set({ share: 1, kinds: ['server-error'], match: ({ path }) => path.includes('/meetings') });
    await expect(rejoinAsParent(h.deps, h.guardian(family1), meeting.id)).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      userMessage: expect.stringMatching(/couldn’t reach the video service/),
    });
    h.emulator.faults.set({ share: 0 });
    expect((await rejoinAsParent(h.deps, h.guardian(family1), meeting.id)).you.role).toBe('guardian');
    await h.emulator.calls.leave(host);
  });

  it('is refused to a parent who only knocked: Daily never had them in the call', async () => {
    const { teacher1, family2 } = h.world.a;
    const meeting = await openMeeting(1000, 'family2');
    h.clock.set(meeting.startsAt);
    const host = sessionOf(await join(meeting.room, 'teacher', { id: teacher1.id, name: teacher1.displayName }));
    const knock = sessionOf(await join(meeting.room, 'guardian', family2.guardian));
    h.clock.advance(60_000);
    await h.emulator.calls.leave(knock);

    await expect(rejoinAsParent(h.deps, h.guardian(family2), meeting.id)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      userMessage: expect.stringMatching(/hasn't let you into this meeting yet\. Knock again/),
    });
    expect(await confirmedRows(meeting.id, family2.guardian.id)).toEqual([]);
    await h.emulator.calls.leave(host);
  });

  it('is refused outside the meeting’s window without asking Daily, and to another school’s family', async () => {
    const { teacher1, family1 } = h.world.a;
    const meeting = await openMeeting(1100, 'family1');
    h.clock.set(meeting.startsAt);
    const host = sessionOf(await join(meeting.room, 'teacher', { id: teacher1.id, name: teacher1.displayName }));
    const knock = sessionOf(await join(meeting.room, 'guardian', family1.guardian));
    await h.emulator.calls.admit(knock);
    await h.emulator.calls.leave(knock);
    await h.emulator.calls.leave(host);

    await expect(rejoinAsParent(h.deps, h.guardian(h.world.b.family1), meeting.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const asked = vi.spyOn(h.daily, 'listMeetings');
    h.clock.set(new Date(meeting.endsAt.getTime() + 60 * 60_000));
    await expect(rejoinAsParent(h.deps, h.guardian(family1), meeting.id)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();
    expect(await confirmedRows(meeting.id, family1.guardian.id)).toEqual([]);
  });
});
