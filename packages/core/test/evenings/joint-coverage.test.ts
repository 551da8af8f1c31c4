import { describe, expect, it } from 'vitest';
import { classStudents } from '@edutrack/db';
import { insertFamily } from '@edutrack/db/testing';
import { confirmItinerary, getTeacherSchedule, proposeItinerary, scheduleMeeting } from '../../src/index.ts';
import { useHarness } from '../harness.ts';
import { at, eveningWithJointMeeting, failure, familyIn } from './evening-world.ts';

const h = useHarness();

/**
 * The demo school's bug: with every teacher ticked, a child taught by both teachers of a joint meeting
 * was proposed the joint meeting AND each teacher alone, and confirm then refused the whole itinerary
 * under the one-meeting-per-teacher rule. A joint meeting covers its teachers for that child.
 */
async function childOfBothTeachers() {
  const { teacher1, teacher2, class1, class2 } = h.world.a;
  const { evening, joint } = await eveningWithJointMeeting(h, { startTime: '17:00', endTime: '18:00' });
  const f = await insertFamily(h.testDb.db, { branchId: h.world.a.branch.id, classId: class1.id });
  await h.testDb.db.insert(classStudents).values({ classId: class2.id, studentId: f.student.id });
  return { evening, joint, f, actor: h.guardian(f), teacher1, teacher2 };
}

describe('a joint meeting covers its teachers for that child', () => {
  it('with every teacher ticked, proposes the joint meeting alone, and confirm books all it proposed', async () => {
    const { evening, joint, f, actor } = await childOfBothTeachers();
    const p = await proposeItinerary(h.deps, actor, {
      eveningId: evening.id,
      requests: [{ studentId: f.student.id }],
    });
    expect(p.meetings.map((m) => m.target.id)).toEqual([joint.id]);
    expect(p.unserved).toEqual([]);
    const { meetings } = await confirmItinerary(h.deps, actor, {
      eveningId: evening.id,
      slotIds: p.meetings.map((m) => m.slotId),
    });
    expect(meetings).toHaveLength(1);
  });

  it('a child with the joint meeting booked is not proposed its co-teacher alone, nor the reverse', async () => {
    const { evening, joint, f, actor, teacher1, teacher2 } = await childOfBothTeachers();
    const first = await proposeItinerary(h.deps, actor, {
      eveningId: evening.id,
      requests: [{ studentId: f.student.id, targetIds: [teacher2.id] }],
    });
    await confirmItinerary(h.deps, actor, { eveningId: evening.id, slotIds: first.meetings.map((m) => m.slotId) });
    const again = await proposeItinerary(h.deps, actor, {
      eveningId: evening.id,
      requests: [{ studentId: f.student.id, targetIds: [joint.id, teacher1.id] }],
    });
    // Dr. Shah (teacher2) is already seen alone, so the joint meeting is refused; Ms. Rivera alone is not.
    expect(again.meetings.map((m) => m.target.id)).toEqual([teacher1.id]);
    expect(again.unserved.map((u) => [u.target.id, u.reason])).toEqual([[joint.id, 'already_booked']]);
    await confirmItinerary(h.deps, actor, { eveningId: evening.id, slotIds: again.meetings.map((m) => m.slotId) });
  });
});

describe('a joint meeting blocks every teacher in it', () => {
  it('in the proposals and in the database', async () => {
    const { teacher1, teacher2, class1, class2 } = h.world.a;
    const { evening, joint } = await eveningWithJointMeeting(h, { startTime: '18:00', endTime: '18:20' });
    const f = await familyIn(h, class1.id);
    const p = await proposeItinerary(h.deps, f.actor, {
      eveningId: evening.id,
      requests: [{ studentId: f.student.id, targetIds: [joint.id] }],
    });
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.target).toMatchObject({ joint: true, teacherIds: [teacher1.id, teacher2.id] });
    const { meetings } = await confirmItinerary(h.deps, f.actor, {
      eveningId: evening.id,
      slotIds: [p.meetings[0]!.slotId],
    });
    expect(meetings[0]!.teachers.map((t) => t.id)).toEqual([teacher1.id, teacher2.id]);

    // Mr. Okafor (teacher2) is blocked at 18:00 too: his class's family is offered 18:10.
    const g = await familyIn(h, class2.id);
    const q = await proposeItinerary(h.deps, g.actor, {
      eveningId: evening.id,
      requests: [{ studentId: g.student.id }],
    });
    expect(q.meetings.map((m) => m.startsAt)).toEqual([at('18:10').toISOString()]);
    // And the database refuses any other meeting of his at that time.
    const staff2 = await h.staff(teacher2);
    expect(
      await failure(
        scheduleMeeting(h.deps, staff2, {
          guardianId: g.guardian.id,
          studentId: g.student.id,
          startsAt: at('18:05'),
          endsAt: at('18:15'),
        }),
      ),
    ).toMatch(/^CONFLICT/);
    const schedule = await getTeacherSchedule(h.deps, staff2, { eveningId: evening.id });
    expect(schedule.slots[0]).toMatchObject({ state: 'booked', meeting: { withTeachers: [teacher1.displayName] } });
  });
});
