import { describe, expect, it } from 'vitest';
import { bookableEvening, outcome, useApiHarness } from './harness.ts';

/** Issue 15, staff side: the branch's "Language and region", and each parent's language where staff arrange meetings. */
const h = useApiHarness();
const adminA = async () => h.as(await h.staff(h.world.a.admin));

describe('an admin sets the branch’s language and region', () => {
  it('is saved, comes back with the signed-in staff member’s branches, and styles the call ticket', async () => {
    const { a } = h.world;
    const admin = await adminA();
    expect((await admin.auth.me()).staff?.branches[0]).toMatchObject({ id: a.branch.id, locale: 'en-GB' });
    expect(await admin.staff.directory.updateBranch({ branchId: a.branch.id, locale: 'en-US' })).toMatchObject({
      locale: 'en-US',
    });
    const teacher = h.as(await h.staff(a.teacher1));
    expect((await teacher.auth.me()).staff?.branches[0]).toMatchObject({ locale: 'en-US' });
    expect(await teacher.staff.directory.branches()).toEqual([expect.objectContaining({ locale: 'en-US' })]);

    // The call screens are told the school's style with the ticket.
    h.clock.set('2030-03-04T11:00:00Z');
    const meeting = await teacher.staff.appointments.schedule({
      guardianId: a.family1.guardian.id,
      studentId: a.family1.student.id,
      startsAt: '2030-03-04T11:03:00Z',
      endsAt: '2030-03-04T11:13:00Z',
    });
    const ticket = await teacher.staff.meetings.join({ id: meeting.id });
    expect(ticket.school).toEqual({ locale: 'en-US', timeZone: a.branch.timeZone });
    const parentTicket = await h.as(h.guardian(a.family1)).parent.meetings.join({ id: meeting.id });
    expect(parentTicket.school).toEqual({ locale: 'en-US', timeZone: a.branch.timeZone });

    await admin.staff.directory.updateBranch({ branchId: a.branch.id, locale: 'en-GB' });
  });

  it('a teacher may not change it, and another school’s admin cannot reach the branch at all', async () => {
    const branchId = h.world.a.branch.id;
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    const otherSchoolAdmin = h.as(await h.staff(h.world.b.admin));
    expect(await outcome(teacher.staff.directory.updateBranch({ branchId, locale: 'pl' }))).toBe('FORBIDDEN');
    expect(await outcome(otherSchoolAdmin.staff.directory.updateBranch({ branchId, locale: 'pl' }))).toBe('NOT_FOUND');
    expect((await (await adminA()).auth.me()).staff?.branches[0]?.locale).toBe('en-GB');
  });
});

describe('staff see the language each parent reads', () => {
  it('on the meeting, in the running order and on the teacher’s evening', async () => {
    const { a } = h.world;
    await h.as(h.guardian(a.family1)).parent.account.setLanguage({ language: 'pl' });
    const teacher = h.as(await h.staff(a.teacher1));

    h.clock.set('2030-03-05T09:00:00Z');
    const meeting = await teacher.staff.appointments.schedule({
      guardianId: a.family1.guardian.id,
      studentId: a.family1.student.id,
      startsAt: '2030-03-05T12:00:00Z',
      endsAt: '2030-03-05T12:10:00Z',
    });
    expect((await teacher.staff.appointments.get({ id: meeting.id })).guardian).toMatchObject({ language: 'pl' });
    const order = await teacher.staff.meetings.runningOrder();
    expect(order.items.find((i) => i.meeting.id === meeting.id)?.meeting.guardian.language).toBe('pl');

    const admin = await adminA();
    const evening = await admin.staff.evenings.create(
      bookableEvening(a.branch.id, {
        name: 'Spring evening',
        sessions: [{ date: '2030-03-19', startTime: '17:00', endTime: '17:20' }],
      }),
    );
    const parent = h.as(h.guardian(a.family1));
    const proposal = await parent.parent.evenings.propose({
      eveningId: evening.id,
      requests: [{ studentId: a.family1.student.id }],
    });
    await parent.parent.evenings.confirm({ eveningId: evening.id, slotIds: [proposal.meetings[0]!.slotId] });
    const schedules = await Promise.all(
      [a.teacher1, a.teacher2].map((t) => admin.staff.evenings.schedule({ eveningId: evening.id, teacherId: t.id })),
    );
    const booked = schedules.flatMap((s) => s.slots).filter((s) => s.meeting);
    expect(booked.map((s) => s.meeting)).toEqual([expect.objectContaining({ parentLanguage: 'pl' })]);
  });

  it('null until the parent chooses (staff then assume the school’s language)', async () => {
    const { a } = h.world;
    const teacher = h.as(await h.staff(a.teacher2));
    h.clock.set('2030-03-06T09:00:00Z');
    const meeting = await teacher.staff.appointments.schedule({
      guardianId: a.family3.guardian.id,
      studentId: a.family3.student.id,
      startsAt: '2030-03-06T12:00:00Z',
      endsAt: '2030-03-06T12:10:00Z',
    });
    expect((await teacher.staff.appointments.get({ id: meeting.id })).guardian.language).toBeNull();
  });
});
