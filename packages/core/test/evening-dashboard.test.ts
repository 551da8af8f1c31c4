import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingPresence, outboxEmails } from '@edutrack/db';
import {
  confirmItinerary,
  exportReportCsv,
  getBookingDashboard,
  nudgeFamilies,
  proposeItinerary,
  scheduleMeeting,
  settleClosedMeetings,
  type EveningDetail,
} from '../src/index.ts';
import { useHarness } from './harness.ts';
import { newEvening } from './evenings/evening-world.ts';

const h = useHarness();
let evening: EveningDetail;
let bookedMeetingId: string;

/**
 * Branch A's spring evening with Ms. Rivera only (class 4 Blue: families 1 and 2). Family 1 books it;
 * family 2 only has an ordinary meeting with her on another day; Mr. Okafor (5 Green) is not taking part.
 */
beforeAll(async () => {
  const { a } = h.world;
  evening = await newEvening(h, { teacherIds: [a.teacher1.id] });
  const parent = h.guardian(a.family1);
  const proposal = await proposeItinerary(h.deps, parent, {
    eveningId: evening.id,
    requests: [{ studentId: a.family1.student.id }],
  });
  const confirmed = await confirmItinerary(h.deps, parent, {
    eveningId: evening.id,
    slotIds: proposal.meetings.map((m) => m.slotId),
  });
  bookedMeetingId = confirmed.meetings[0]!.appointmentId;
  await scheduleMeeting(h.deps, await h.staff(a.teacher1), {
    guardianId: a.family2.guardian.id,
    studentId: a.family2.student.id,
    startsAt: new Date('2030-03-06T17:00:00Z'),
    endsAt: new Date('2030-03-06T17:15:00Z'),
  });
});

describe("an evening's dashboard", () => {
  it("counts only the evening's teachers, its children and its bookings", async () => {
    const { a } = h.world;
    const dashboard = await getBookingDashboard(h.deps, await h.staff(a.admin), { eveningId: evening.id });
    expect(dashboard.label).toBe(evening.name);
    expect(dashboard.progress.overall).toEqual({ children: 2, childrenBooked: 1, meetings: 1 });
    expect(dashboard.progress.teachers.map((t) => [t.teacherName, t.children, t.childrenBooked, t.meetings])).toEqual([
      [a.teacher1.displayName, 2, 1, 1],
    ]);
    expect(dashboard.progress.classes.map((c) => [c.name, c.children, c.childrenBooked])).toEqual([['4 Blue', 2, 1]]);
    // Family 2's ordinary meeting is not a booking for the evening.
    expect(dashboard.notBooked.map((f) => f.guardianId)).toEqual([a.family2.guardian.id]);
  });

  it('reminds with the evening named and a link to its booking screen', async () => {
    const { a } = h.world;
    const outcome = await nudgeFamilies(h.deps, await h.staff(a.admin), {
      eveningId: evening.id,
      guardianIds: [a.family2.guardian.id, a.family1.guardian.id],
    });
    expect(outcome).toEqual({ sent: 1, recentlyNudged: 0, alreadyBooked: 1 });
    const [mail] = await h.testDb.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.kind, 'booking-nudge'), eq(outboxEmails.toAddress, a.family2.guardian.email)));
    expect(mail!.subject).toBe(`Please book your ${evening.name} meetings about ${a.family2.student.name}`);
    expect(mail!.bodyText).toContain(`Book a meeting: http://localhost:3000/parent/evenings/${evening.id}`);
    // Family 3 is not part of this evening: naming them is refused as unknown.
    await expect(
      nudgeFamilies(h.deps, await h.staff(a.admin), { eveningId: evening.id, guardianIds: [a.family3.guardian.id] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('after the evening, reports who came and names the CSV after the evening', async () => {
    const { a } = h.world;
    await h.testDb.db.insert(meetingPresence).values({
      appointmentId: bookedMeetingId,
      kind: 'participant',
      sessionId: 'evening-session-1',
      role: 'guardian',
      joinedAt: new Date('2030-03-12T17:01:00Z'),
    });
    h.clock.set('2030-03-13T08:00:00Z');
    await settleClosedMeetings(h.deps);
    const admin = await h.staff(a.admin);
    const { attendance } = await getBookingDashboard(h.deps, admin, { eveningId: evening.id });
    expect(attendance.map((t) => [t.teacherName, t.held, t.noShow, t.cancelled, t.notYetSettled])).toEqual([
      [a.teacher1.displayName, 1, 0, 0, 0],
    ]);
    const { filename } = await exportReportCsv(h.deps, admin, { eveningId: evening.id, report: 'attendance' });
    expect(filename).toMatch(/^attendance_Spring-parents-evening\.csv$/);
  });

  it("is the evening's branch admins' only", async () => {
    const { a, b } = h.world;
    await expect(getBookingDashboard(h.deps, await h.staff(b.admin), { eveningId: evening.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      getBookingDashboard(h.deps, await h.staff(a.teacher1), { eveningId: evening.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', userMessage: expect.stringMatching(/branch admin/) as string });
  });
});
