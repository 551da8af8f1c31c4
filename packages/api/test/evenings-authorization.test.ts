import { beforeAll, describe, expect, it } from 'vitest';
import { minutesAfterTestNow } from '@edutrack/core/testing';
import { bookableEvening, outcome, useApiHarness } from './harness.ts';

const h = useApiHarness();
type Caller = ReturnType<typeof h.as>;
let eveningId: string;
let appointmentId: string;
let heldSlotId: string;
let entryId: string;

beforeAll(async () => {
  const { a } = h.world;
  const admin = h.as(await h.staff(a.admin));
  const evening = await admin.staff.evenings.create(bookableEvening(a.branch.id));
  eveningId = evening.id;
  expect(evening.teachers.map((t) => t.id).sort()).toEqual([a.teacher1.id, a.teacher2.id].sort());
  const parent1 = h.as(h.guardian(a.family1));
  const p = await parent1.parent.evenings.propose({ eveningId, requests: [{ studentId: a.family1.student.id }] });
  const booked = await parent1.parent.evenings.confirm({ eveningId, slotIds: [p.meetings[0]!.slotId] });
  appointmentId = booked.meetings[0]!.appointmentId;
  const parent2 = h.as(h.guardian(a.family2));
  const q = await parent2.parent.evenings.propose({ eveningId, requests: [{ studentId: a.family2.student.id }] });
  heldSlotId = q.meetings[0]!.slotId;
  const parent3 = h.as(h.guardian(a.family3));
  await parent3.parent.evenings.propose({ eveningId, requests: [{ studentId: a.family3.student.id }] });
  entryId = (
    await parent2.parent.evenings.joinWaitlist({ eveningId, studentId: a.family2.student.id, targetId: a.teacher1.id })
  ).entryId;
});

/** Every staff procedure of the evening, as a member of staff who must not reach it. */
const staffCalls = () => ({
  'staff.evenings.get': (c: Caller) => c.staff.evenings.get({ eveningId }),
  'staff.evenings.schedule': (c: Caller) => c.staff.evenings.schedule({ eveningId, teacherId: h.world.a.teacher1.id }),
  'staff.evenings.updateRules': (c: Caller) =>
    c.staff.evenings.updateRules({ eveningId, rules: { opensAt: minutesAfterTestNow(-30).toISOString() } }),
  'staff.evenings.setTeacher': (c: Caller) =>
    c.staff.evenings.setTeacher({ eveningId, teacherId: h.world.a.teacher2.id }),
  'staff.evenings.markUnavailable': (c: Caller) =>
    c.staff.evenings.markUnavailable({
      eveningId,
      teacherId: h.world.a.teacher1.id,
      from: '2030-03-12T17:00:00Z',
      to: '2030-03-12T18:00:00Z',
      unavailable: true,
    }),
  'staff.evenings.addJointMeeting': (c: Caller) =>
    c.staff.evenings.addJointMeeting({
      eveningId,
      name: 'Tutor and lead',
      teacherIds: [h.world.a.teacher1.id, h.world.a.teacher2.id],
    }),
  'staff.evenings.setEarlyAccess': (c: Caller) =>
    c.staff.evenings.setEarlyAccess({ eveningId, studentIds: [h.world.a.family1.student.id], earlyAccess: true }),
  'staff.evenings.flagFamily': (c: Caller) =>
    c.staff.evenings.flagFamily({ eveningId, studentId: h.world.a.family1.student.id, flagged: true }),
  'staff.evenings.cancelBooking': (c: Caller) => c.staff.evenings.cancelBooking({ appointmentId }),
  'staff.evenings.create (their branch)': (c: Caller) =>
    c.staff.evenings.create(
      bookableEvening(h.world.a.branch.id, {
        name: 'x',
        sessions: [{ date: '2030-03-13', startTime: '17:00', endTime: '18:00' }],
        rules: { opensAt: minutesAfterTestNow(60).toISOString() },
      }),
    ),
});

/** Every parent procedure naming the evening or someone else's family, as a parent who must not reach it. */
const parentCalls = () => ({
  'parent.evenings.get': (c: Caller) => c.parent.evenings.get({ eveningId }),
  'parent.evenings.propose': (c: Caller) =>
    c.parent.evenings.propose({ eveningId, requests: [{ studentId: h.world.a.family1.student.id }] }),
  'parent.evenings.freeSlots': (c: Caller) =>
    c.parent.evenings.freeSlots({
      eveningId,
      studentId: h.world.a.family1.student.id,
      targetId: h.world.a.teacher1.id,
    }),
  'parent.evenings.joinWaitlist': (c: Caller) =>
    c.parent.evenings.joinWaitlist({
      eveningId,
      studentId: h.world.a.family1.student.id,
      targetId: h.world.a.teacher1.id,
    }),
  'parent.evenings.cancel': (c: Caller) => c.parent.evenings.cancel({ appointmentId }),
  'parent.evenings.leaveWaitlist': (c: Caller) => c.parent.evenings.leaveWaitlist({ entryId }),
  'parent.evenings.confirm': (c: Caller) => c.parent.evenings.confirm({ eveningId, slotIds: [heldSlotId] }),
  'parent.evenings.adjust': (c: Caller) => c.parent.evenings.adjust({ eveningId, heldSlotId, newSlotId: heldSlotId }),
});

describe("parents' evenings: another branch gets nothing", () => {
  it.each(Object.entries(staffCalls()))('%s: another branch’s admin gets NOT_FOUND', async (_name, call) => {
    expect(await outcome(call(h.as(await h.staff(h.world.b.admin))))).toBe('NOT_FOUND');
  });

  it.each(Object.entries(parentCalls()))('%s: a parent of another branch gets NOT_FOUND', async (_name, call) => {
    expect(await outcome(call(h.as(h.guardian(h.world.b.family1))))).toBe('NOT_FOUND');
  });

  it('lists show nothing of another branch', async () => {
    expect(await h.as(await h.staff(h.world.b.admin)).staff.evenings.list()).toEqual([]);
    expect(await h.as(h.guardian(h.world.b.family1)).parent.evenings.list()).toEqual([]);
    expect((await h.as(h.guardian(h.world.a.family3)).parent.evenings.list()).map((e) => e.id)).toEqual([eveningId]);
  });
});

describe("parents' evenings: within the branch, each their own", () => {
  it('a teacher cannot set up evenings or change another teacher’s times', async () => {
    const teacher2 = h.as(await h.staff(h.world.a.teacher2));
    for (const name of [
      'staff.evenings.updateRules',
      'staff.evenings.setTeacher',
      'staff.evenings.addJointMeeting',
      'staff.evenings.setEarlyAccess',
      'staff.evenings.create (their branch)',
      'staff.evenings.markUnavailable',
      'staff.evenings.schedule',
    ] as const) {
      expect([name, await outcome(staffCalls()[name](teacher2))]).toEqual([name, 'FORBIDDEN']);
    }
    // Another teacher's meeting is not theirs to see at all.
    expect(await outcome(staffCalls()['staff.evenings.cancelBooking'](teacher2))).toBe('NOT_FOUND');
    // Flagging a child they do not teach.
    expect(await outcome(staffCalls()['staff.evenings.flagFamily'](teacher2))).toBe('FORBIDDEN');
  });

  it('a parent reaches only their own children, meetings, holds and waiting-list entries', async () => {
    const parent3 = h.as(h.guardian(h.world.a.family3));
    for (const [name, call] of Object.entries(parentCalls()).filter(([n]) => n !== 'parent.evenings.get')) {
      const expected =
        name === 'parent.evenings.confirm' || name === 'parent.evenings.adjust' ? 'PRECONDITION_FAILED' : 'NOT_FOUND';
      expect([name, await outcome(call(parent3))]).toEqual([name, expected]);
    }
    // And their own evening shows only their own child.
    const view = await parent3.parent.evenings.get({ eveningId });
    expect(view.children.map((c) => c.id)).toEqual([h.world.a.family3.student.id]);
    expect(view.meetings).toEqual([]);
  });
});
