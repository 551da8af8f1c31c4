import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { classStudents } from '@edutrack/db';
import { insertFamily } from '@edutrack/db/testing';
import {
  ALL_JOBS,
  cancelEveningBooking,
  confirmItinerary,
  eveningWaitlistJob,
  getEveningForGuardian,
  joinWaitlist,
  offerFreedSlots,
  proposeItinerary,
} from '../../src/index.ts';
import { useHarness } from '../harness.ts';
import { at, eveningWithJointMeeting, newEvening } from './evening-world.ts';

const h = useHarness();

describe('the waiting list', () => {
  it('hands a freed slot to the first family waiting, and passes it on when they let the offer lapse', async () => {
    expect(ALL_JOBS).toContain(eveningWaitlistJob);
    const { teacher1, class1, branch } = h.world.a;
    const evening = await newEvening(h, {
      teacherIds: [teacher1.id],
      sessions: [{ startTime: '17:00', endTime: '17:10' }],
    });
    const family = async () => {
      const f = await insertFamily(h.testDb.db, { branchId: branch.id, classId: class1.id });
      return { ...f, actor: h.guardian(f) };
    };
    const [booker, second, third] = [await family(), await family(), await family()];
    const p = await proposeItinerary(h.deps, booker.actor, {
      eveningId: evening.id,
      requests: [{ studentId: booker.student.id }],
    });
    const booked = await confirmItinerary(h.deps, booker.actor, {
      eveningId: evening.id,
      slotIds: [p.meetings[0]!.slotId],
    });

    const full = await proposeItinerary(h.deps, second.actor, {
      eveningId: evening.id,
      requests: [{ studentId: second.student.id }],
    });
    expect(full.unserved[0]).toMatchObject({ reason: 'full', canJoinWaitlist: true });
    await joinWaitlist(h.deps, second.actor, {
      eveningId: evening.id,
      studentId: second.student.id,
      targetId: teacher1.id,
    });
    await joinWaitlist(h.deps, third.actor, {
      eveningId: evening.id,
      studentId: third.student.id,
      targetId: teacher1.id,
    });
    expect(await offerFreedSlots(h.deps, evening.id, teacher1.id)).toEqual({ passed: 0, offered: 0 });

    // The cancel queues the hand-on (in its own transaction); the job offers the slot to the first in line.
    await cancelEveningBooking(h.deps, booker.actor, { appointmentId: booked.meetings[0]!.appointmentId });
    const [queued] = await h.testDb.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ${eveningWaitlistJob.name}`,
    );
    expect(queued!.n).toBeGreaterThan(0);
    expect(await offerFreedSlots(h.deps, evening.id, teacher1.id)).toEqual({ passed: 0, offered: 1 });
    const offer = await h.lastMailTo(second.guardian.email);
    expect(offer.kind).toBe('evening-waitlist-offer');
    expect(offer.bodyText).toMatch(/Held for you until: 12:15/);
    const view = await getEveningForGuardian(h.deps, second.actor, evening.id);
    expect(view.holds).toMatchObject([{ kind: 'offer', startsAt: at('17:00').toISOString() }]);
    expect(view.waitlist).toMatchObject([{ status: 'offered' }]);

    // Unclaimed: 15 minutes on, the offer passes to the next family.
    h.clock.advance(15 * 60_000 + 1);
    expect(await offerFreedSlots(h.deps, evening.id, teacher1.id)).toEqual({ passed: 1, offered: 1 });
    expect((await h.lastMailTo(third.guardian.email)).kind).toBe('evening-waitlist-offer');
    expect((await getEveningForGuardian(h.deps, second.actor, evening.id)).holds).toEqual([]);
    const thirdView = await getEveningForGuardian(h.deps, third.actor, evening.id);
    const claimed = await confirmItinerary(h.deps, third.actor, {
      eveningId: evening.id,
      slotIds: [thirdView.holds[0]!.slotId],
    });
    expect(claimed.meetings).toHaveLength(1);
    expect((await getEveningForGuardian(h.deps, third.actor, evening.id)).waitlist).toEqual([]);
  });

  it('a family who meanwhile met one of the teachers another way is not offered a time it could not confirm', async () => {
    const { teacher1, teacher2, class1, class2, branch } = h.world.a;
    // Later than the other tests' evenings: a teacher's meetings never overlap, across evenings too.
    const { evening, joint } = await eveningWithJointMeeting(h, { startTime: '19:00', endTime: '19:20' });
    const family = async () => {
      const f = await insertFamily(h.testDb.db, { branchId: branch.id, classId: class1.id });
      return { ...f, actor: h.guardian(f) };
    };
    const book = async (f: Awaited<ReturnType<typeof family>>, targetId: string) => {
      const p = await proposeItinerary(h.deps, f.actor, {
        eveningId: evening.id,
        requests: [{ studentId: f.student.id, targetIds: [targetId] }],
      });
      return confirmItinerary(h.deps, f.actor, { eveningId: evening.id, slotIds: [p.meetings[0]!.slotId] });
    };
    // Ms. One is full, so the joint meeting is too: the waiter queues for it.
    const [first, second, waiter] = [await family(), await family(), await family()];
    // The waiter's child is in both teachers' classes.
    await h.testDb.db.insert(classStudents).values({ classId: class2.id, studentId: waiter.student.id });
    const earlier = await book(first, teacher1.id);
    const later = await book(second, teacher1.id);
    await joinWaitlist(h.deps, waiter.actor, {
      eveningId: evening.id,
      studentId: waiter.student.id,
      targetId: joint.id,
    });
    // Meanwhile the waiter books the joint meeting's other teacher alone.
    const alone = await book(waiter, teacher2.id);
    const aloneAt = alone.meetings[0]!.startsAt;

    // Ms. One's time beside it frees: the joint meeting fits there, but it would be a second meeting
    // with the same teacher for this child, which confirm refuses. No offer; the family leaves the queue.
    const freed = [earlier, later].find((b) => b.meetings[0]!.startsAt !== aloneAt)!;
    const freedBy = freed === earlier ? first : second;
    await cancelEveningBooking(h.deps, freedBy.actor, { appointmentId: freed.meetings[0]!.appointmentId });
    expect(await offerFreedSlots(h.deps, evening.id, teacher1.id)).toEqual({ passed: 0, offered: 0 });
    const view = await getEveningForGuardian(h.deps, waiter.actor, evening.id);
    expect(view.holds).toEqual([]);
    expect(view.waitlist).toEqual([]);
  });

  it('a joint meeting has one too: a freed joint time is offered with every teacher in it held', async () => {
    const { teacher1, teacher2, class1, class2, branch } = h.world.a;
    const { evening, joint } = await eveningWithJointMeeting(h, { startTime: '18:00', endTime: '18:10' });
    const family = async (classId: string) => {
      const f = await insertFamily(h.testDb.db, { branchId: branch.id, classId });
      return { ...f, actor: h.guardian(f) };
    };
    const [booker, waiter] = [await family(class1.id), await family(class1.id)];
    const p = await proposeItinerary(h.deps, booker.actor, {
      eveningId: evening.id,
      requests: [{ studentId: booker.student.id, targetIds: [joint.id] }],
    });
    const booked = await confirmItinerary(h.deps, booker.actor, {
      eveningId: evening.id,
      slotIds: [p.meetings[0]!.slotId],
    });

    const full = await proposeItinerary(h.deps, waiter.actor, {
      eveningId: evening.id,
      requests: [{ studentId: waiter.student.id, targetIds: [joint.id] }],
    });
    expect(full.unserved).toMatchObject([{ reason: 'full', canJoinWaitlist: true, target: { id: joint.id } }]);
    await joinWaitlist(h.deps, waiter.actor, {
      eveningId: evening.id,
      studentId: waiter.student.id,
      targetId: joint.id,
    });
    expect((await getEveningForGuardian(h.deps, waiter.actor, evening.id)).waitlist).toMatchObject([
      { teacherId: joint.id, status: 'waiting' },
    ]);

    // The cancel queues a hand-on per teacher of the meeting; the co-teacher's run is enough to offer it.
    await cancelEveningBooking(h.deps, booker.actor, { appointmentId: booked.meetings[0]!.appointmentId });
    expect(await offerFreedSlots(h.deps, evening.id, teacher2.id)).toEqual({ passed: 0, offered: 1 });
    expect(await offerFreedSlots(h.deps, evening.id, teacher1.id)).toEqual({ passed: 0, offered: 0 });
    const offer = await h.lastMailTo(waiter.guardian.email);
    expect(offer.kind).toBe('evening-waitlist-offer');
    expect(offer.bodyText).toMatch(/Form tutor and SEN lead/);
    const view = await getEveningForGuardian(h.deps, waiter.actor, evening.id);
    expect(view.holds).toMatchObject([
      { kind: 'offer', target: { id: joint.id }, startsAt: at('18:00').toISOString() },
    ]);

    // The co-teacher's time is held with it: his own class's family finds him full.
    const other = await family(class2.id);
    const blocked = await proposeItinerary(h.deps, other.actor, {
      eveningId: evening.id,
      requests: [{ studentId: other.student.id, targetIds: [teacher2.id] }],
    });
    expect(blocked.meetings).toEqual([]);

    const claimed = await confirmItinerary(h.deps, waiter.actor, {
      eveningId: evening.id,
      slotIds: [view.holds[0]!.slotId],
    });
    expect(claimed.meetings[0]!.teachers.map((t) => t.id)).toEqual([teacher1.id, teacher2.id]);
    expect((await getEveningForGuardian(h.deps, waiter.actor, evening.id)).waitlist).toEqual([]);
  });
});
