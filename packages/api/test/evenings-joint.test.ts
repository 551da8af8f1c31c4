import { describe, expect, it } from 'vitest';
import type { VideoRooms } from '@edutrack/core';
import type { fakeVideoRooms } from './fake-video-rooms.ts';
import { bookableEvening, outcome, useApiHarness } from './harness.ts';

const h = useApiHarness();

describe('a joint meeting at a parents’ evening', () => {
  it('is hosted by every teacher in it: each sees it and joins as an owner, in a room with a seat for each', async () => {
    const { a } = h.world;
    const admin = h.as(await h.staff(a.admin));
    const evening = await admin.staff.evenings.create(
      bookableEvening(a.branch.id, {
        name: 'Joint evening',
        sessions: [{ date: '2030-03-12', startTime: '17:00', endTime: '17:30' }],
      }),
    );
    const joint = await admin.staff.evenings.addJointMeeting({
      eveningId: evening.id,
      name: 'Class teacher and SENCo',
      teacherIds: [a.teacher1.id, a.teacher2.id],
    });
    const parent = h.as(h.guardian(a.family1));
    const p = await parent.parent.evenings.propose({
      eveningId: evening.id,
      requests: [{ studentId: a.family1.student.id, targetIds: [joint.id] }],
    });
    const { meetings } = await parent.parent.evenings.confirm({
      eveningId: evening.id,
      slotIds: [p.meetings[0]!.slotId],
    });
    const id = meetings[0]!.appointmentId;

    h.clock.set('2030-03-12T16:58:00Z');
    const coTeacher = h.as(await h.staff(a.teacher2));
    expect(await outcome(coTeacher.staff.appointments.get({ id }))).toBe('OK');
    const ticket = await coTeacher.staff.meetings.join({ id });
    expect(ticket.you).toMatchObject({ role: 'teacher', userId: a.teacher2.id });
    const lead = await h.as(await h.staff(a.teacher1)).staff.meetings.join({ id });
    expect(lead.roomName).toBe(ticket.roomName);
    const video = h.deps.video as VideoRooms & ReturnType<typeof fakeVideoRooms>;
    expect(video.tokens.filter((t) => t.roomName === ticket.roomName).map((t) => t.role)).toEqual([
      'teacher',
      'teacher',
    ]);
    expect(video.rooms.get(ticket.roomName)?.hosts).toBe(2);
    // A teacher outside the meeting still cannot host it.
    const other = await h.staff(h.world.b.teacher1);
    expect(await outcome(h.as(other).staff.meetings.join({ id }))).toBe('NOT_FOUND');
  });
});
