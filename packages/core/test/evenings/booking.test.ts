import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '@edutrack/db';
import {
  adjustHeldMeeting,
  listFreeSlots,
  releaseHolds,
  cancelEveningBooking,
  confirmItinerary,
  createCoreDeps,
  flagFamily,
  getEveningForGuardian,
  getTeacherSchedule,
  ManualClock,
  proposeItinerary,
  sayIn,
  setEarlyAccess,
  silentLogger,
  updateEveningRules,
} from '../../src/index.ts';
import { minutesAfterTestNow } from '../../src/testing/school-harness.ts';
import { useHarness } from '../harness.ts';
import { at, eveningWorld, failure, familyIn, newEvening } from './evening-world.ts';

const h = useHarness();

const aFamily = (classId: string) => familyIn(h, classId);

describe('a parent of two books an itinerary across five teachers', () => {
  it('proposes back to back, holds, and confirms all at once with one email and one calendar file', async () => {
    const w = await eveningWorld(h);
    const evening = await newEvening(h, { teacherIds: w.teachers.map((t) => t.id) });
    const parent = h.guardian({ guardian: w.parent });
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id }, { studentId: w.ben.id }],
    });
    // Ada: 3 teachers, Ben: 3 (Ms. Clark teaches both, a separate meeting each) = 6 meetings of 10 minutes.
    expect(proposal.meetings).toHaveLength(6);
    expect(proposal.unserved).toEqual([]);
    expect(proposal.spanMinutes).toBe(60);
    expect(proposal.meetings[0]!.startsAt).toBe(at('17:00').toISOString());

    const confirmed = await confirmItinerary(h.deps, parent, {
      eveningId: evening.id,
      slotIds: proposal.meetings.map((m) => m.slotId),
    });
    expect(confirmed.meetings).toHaveLength(6);
    const mail = await h.lastMailTo(w.parent.email);
    expect(mail.kind).toBe('evening-confirmed');
    expect(mail.calendarIcs?.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(mail.bodyText).toMatch(/17:00–17:10: Ms\. /);
    const view = await getEveningForGuardian(h.deps, parent, evening.id);
    expect(view.meetings).toHaveLength(6);
    expect(view.holds).toEqual([]);
    // The same confirm again (a lost answer, retried) books nothing new.
    const again = await confirmItinerary(h.deps, parent, {
      eveningId: evening.id,
      slotIds: proposal.meetings.map((m) => m.slotId),
    });
    expect(again.meetings).toHaveLength(6);
    expect((await getEveningForGuardian(h.deps, parent, evening.id)).meetings).toHaveLength(6);
  });
});

describe('holds', () => {
  it('others see held slots as taken; holds lapse after 2 minutes, also for a new instance on the same database', async () => {
    const { teacher1, class1 } = h.world.a;
    const evening = await newEvening(h, {
      teacherIds: [teacher1.id],
      sessions: [{ startTime: '17:00', endTime: '17:20' }],
    });
    const [first, second, third] = [await aFamily(class1.id), await aFamily(class1.id), await aFamily(class1.id)];
    const a = await proposeItinerary(h.deps, first.actor, {
      eveningId: evening.id,
      requests: [{ studentId: first.student.id }],
    });
    const b = await proposeItinerary(h.deps, second.actor, {
      eveningId: evening.id,
      requests: [{ studentId: second.student.id }],
    });
    expect(a.meetings[0]!.startsAt).toBe(at('17:00').toISOString());
    expect(b.meetings[0]!.startsAt).toBe(at('17:10').toISOString());
    const c = await proposeItinerary(h.deps, third.actor, {
      eveningId: evening.id,
      requests: [{ studentId: third.student.id }],
    });
    expect(c.meetings).toEqual([]);
    expect(c.unserved[0]).toMatchObject({ reason: 'full', canJoinWaitlist: true });

    // "A restart": another process with its own pool and clock, on the same database, 2 minutes on.
    const restarted = createDb(h.testDb.url, { maxConnections: 2 });
    try {
      const later = new ManualClock(h.clock.now());
      later.advance(2 * 60_000 + 1);
      const deps = createCoreDeps({
        db: restarted.db,
        clock: later,
        log: silentLogger,
        publicUrl: 'http://localhost:3000',
      });
      const retry = await proposeItinerary(deps, third.actor, {
        eveningId: evening.id,
        requests: [{ studentId: third.student.id }],
      });
      expect(retry.meetings[0]!.startsAt).toBe(at('17:00').toISOString());
      // The first family's lapsed hold cannot be confirmed: nothing is written.
      expect(
        await failure(confirmItinerary(deps, first.actor, { eveningId: evening.id, slotIds: [a.meetings[0]!.slotId] })),
      ).toMatch(
        /^PRECONDITION_FAILED: The hold on one of your times \(the 17:00 meeting\) ran out, so nothing was booked/,
      );
      const [booked] = await restarted.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM appointments WHERE evening_id = ${evening.id}`,
      );
      expect(booked!.n).toBe(0);
    } finally {
      await restarted.close();
    }
  });

  it('a confirm is all or nothing: one lost hold books none of the family’s meetings', async () => {
    const w = await eveningWorld(h);
    const evening = await newEvening(h, { teacherIds: w.teachers.map((t) => t.id) });
    const parent = h.guardian({ guardian: w.parent });
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id }],
    });
    expect(proposal.meetings).toHaveLength(3);
    // One of the held slots is released (as if it lapsed and another family took it).
    await h.testDb.db.execute(
      sql`UPDATE evening_slots SET held_by = NULL, hold_kind = NULL, hold_expires_at = NULL WHERE id = ${proposal.meetings[1]!.slotId}`,
    );
    expect(
      await failure(
        confirmItinerary(h.deps, parent, { eveningId: evening.id, slotIds: proposal.meetings.map((m) => m.slotId) }),
      ),
    ).toMatch(/^PRECONDITION_FAILED/);
    expect((await getEveningForGuardian(h.deps, parent, evening.id)).meetings).toEqual([]);
  });
});

describe('adjusting one meeting of a proposal', () => {
  it('swaps a held time for another free one, refuses overlaps, and keeps the rest held', async () => {
    const w = await eveningWorld(h);
    const evening = await newEvening(h, { teacherIds: w.teachers.map((t) => t.id) });
    const parent = h.guardian({ guardian: w.parent });
    const p = await proposeItinerary(h.deps, parent, { eveningId: evening.id, requests: [{ studentId: w.ada.id }] });
    const [first, second] = p.meetings;
    const free = await listFreeSlots(h.deps, parent, {
      eveningId: evening.id,
      studentId: w.ada.id,
      targetId: first!.target.id,
    });
    expect(free.map((f) => f.startsAt)).toContain(at('17:50').toISOString());
    const overlapping = free.find((f) => f.startsAt === second!.startsAt)!;
    expect(
      await failure(
        adjustHeldMeeting(h.deps, parent, {
          eveningId: evening.id,
          heldSlotId: first!.slotId,
          newSlotId: overlapping.slotId,
        }),
      ),
    ).toMatch(/^CONFLICT: That time overlaps another of your meetings/);
    const later = free.find((f) => f.startsAt === at('17:50').toISOString())!;
    const adjusted = await adjustHeldMeeting(h.deps, parent, {
      eveningId: evening.id,
      heldSlotId: first!.slotId,
      newSlotId: later.slotId,
    });
    expect(adjusted.meetings.map((m) => m.slotId).sort()).toEqual(
      [later.slotId, ...p.meetings.slice(1).map((m) => m.slotId)].sort(),
    );
    // The old time is free for others again.
    const [old] = await h.testDb.db.execute<{ held_by: string | null }>(
      sql`SELECT held_by FROM evening_slots WHERE id = ${first!.slotId}`,
    );
    expect(old!.held_by).toBeNull();
    await releaseHolds(h.deps, parent, evening.id);
    expect((await getEveningForGuardian(h.deps, parent, evening.id)).holds).toEqual([]);
  });
});

describe('booking rules are the server’s', () => {
  it('per-child and per-parent limits: the proposal leaves the rest out and says why; a confirm cannot exceed them', async () => {
    const w = await eveningWorld(h);
    const evening = await newEvening(h, { teacherIds: w.teachers.map((t) => t.id), rules: { perChildLimit: 2 } });
    const parent = h.guardian({ guardian: w.parent });
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id }],
    });
    expect(proposal.meetings).toHaveLength(2);
    expect(proposal.unserved).toHaveLength(1);
    expect(sayIn('en', proposal.unserved[0]!.message)).toMatch(/Ada can have at most 2 meetings this evening/);
    await confirmItinerary(h.deps, parent, { eveningId: evening.id, slotIds: proposal.meetings.map((m) => m.slotId) });

    const admin = await h.staff(h.world.a.admin);
    await updateEveningRules(h.deps, admin, {
      eveningId: evening.id,
      rules: { ...rulesOf(evening), perChildLimit: null, perParentLimit: 3 },
    });
    const more = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id }, { studentId: w.ben.id }],
    });
    expect(more.meetings).toHaveLength(1);
    expect(more.unserved.filter((u) => u.reason === 'already_booked')).toHaveLength(2);
    expect(more.unserved.filter((u) => u.reason === 'limit').map((u) => sayIn('en', u.message))[0]).toMatch(
      /Each parent can book at most 3 meetings/,
    );
    // The limit is lowered while the proposal is held: the confirm is refused and writes nothing.
    await updateEveningRules(h.deps, admin, {
      eveningId: evening.id,
      rules: { ...rulesOf(evening), perChildLimit: null, perParentLimit: 2 },
    });
    expect(
      await failure(
        confirmItinerary(h.deps, parent, { eveningId: evening.id, slotIds: more.meetings.map((m) => m.slotId) }),
      ),
    ).toMatch(/^CONFLICT: Each parent can book at most 2 meetings this evening/);
    expect((await getEveningForGuardian(h.deps, parent, evening.id)).meetings).toHaveLength(2);
  });

  it('limits count only meetings that can be served: a full teacher does not use up the family’s limit', async () => {
    const w = await eveningWorld(h);
    const [adams, brown, clark] = w.teachers;
    const evening = await newEvening(h, {
      teacherIds: w.teachers.map((t) => t.id),
      sessions: [{ startTime: '17:00', endTime: '17:30' }],
      rules: { perChildLimit: 2 },
    });
    // Ms. Adams's three slots go to three other families: she is full.
    for (let i = 0; i < 3; i++) {
      const other = await aFamily(w.classes[0]!.id);
      const p = await proposeItinerary(h.deps, other.actor, {
        eveningId: evening.id,
        requests: [{ studentId: other.student.id, targetIds: [adams!.id] }],
      });
      await confirmItinerary(h.deps, other.actor, { eveningId: evening.id, slotIds: p.meetings.map((m) => m.slotId) });
    }
    const parent = h.guardian({ guardian: w.parent });
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id, targetIds: [adams!.id, brown!.id, clark!.id] }],
    });
    expect(proposal.meetings.map((m) => m.target.name).sort()).toEqual(['Mr. Brown', 'Ms. Clark']);
    expect(proposal.unserved).toMatchObject([{ reason: 'full', canJoinWaitlist: true, target: { id: adams!.id } }]);

    // Over the limit with everyone free, the parent's order decides who is left out.
    await releaseHolds(h.deps, parent, evening.id);
    await updateEveningRules(h.deps, await h.staff(h.world.a.admin), {
      eveningId: evening.id,
      rules: { ...rulesOf(evening), perChildLimit: null, perParentLimit: 1 },
    });
    const one = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id, targetIds: [adams!.id, clark!.id, brown!.id] }],
    });
    expect(one.meetings.map((m) => m.target.name)).toEqual(['Ms. Clark']);
    expect(one.unserved.map((u) => [u.target.name, u.reason])).toEqual([
      ['Ms. Adams', 'full'],
      ['Mr. Brown', 'limit'],
    ]);
  });

  it('before opening and after closing a parent cannot book; after closing only staff can cancel', async () => {
    const { teacher1, class1 } = h.world.a;
    const evening = await newEvening(h, {
      teacherIds: [teacher1.id],
      rules: { opensAt: minutesAfterTestNow(60) },
    });
    const f = await aFamily(class1.id);
    expect(
      await failure(
        proposeItinerary(h.deps, f.actor, { eveningId: evening.id, requests: [{ studentId: f.student.id }] }),
      ),
    ).toMatch(/^PRECONDITION_FAILED: Booking for Spring parents’ evening opens on Mon, 4 Mar 2030, 13:00/);
    h.clock.advance(60 * 60_000);
    const p = await proposeItinerary(h.deps, f.actor, {
      eveningId: evening.id,
      requests: [{ studentId: f.student.id }],
    });
    const { meetings } = await confirmItinerary(h.deps, f.actor, {
      eveningId: evening.id,
      slotIds: [p.meetings[0]!.slotId],
    });
    // Closing defaults to 24 hours before the session (17:00 on the 12th).
    h.clock.set(new Date(at('17:00').getTime() - 24 * 60 * 60_000 + 1));
    expect(
      await failure(
        proposeItinerary(h.deps, f.actor, { eveningId: evening.id, requests: [{ studentId: f.student.id }] }),
      ),
    ).toMatch(/^PRECONDITION_FAILED: Booking for Spring parents’ evening closed on Mon, 11 Mar 2030, 17:00/);
    expect(await failure(cancelEveningBooking(h.deps, f.actor, { appointmentId: meetings[0]!.appointmentId }))).toMatch(
      /^PRECONDITION_FAILED: .*changes now go through the school office/,
    );
    expect(
      await failure(
        cancelEveningBooking(h.deps, await h.staff(teacher1), { appointmentId: meetings[0]!.appointmentId }),
      ),
    ).toBe('OK');
    h.clock.set(minutesAfterTestNow(0));
  });

  it('early access: chosen and teacher-flagged families book before general opening; the flagged are invited', async () => {
    const { teacher1, class1 } = h.world.a;
    const evening = await newEvening(h, {
      teacherIds: [teacher1.id],
      rules: { opensAt: minutesAfterTestNow(120), earlyAccessOpensAt: minutesAfterTestNow(-10) },
    });
    const [chosen, flagged, other] = [await aFamily(class1.id), await aFamily(class1.id), await aFamily(class1.id)];
    await setEarlyAccess(h.deps, await h.staff(h.world.a.admin), {
      eveningId: evening.id,
      studentIds: [chosen.student.id],
      earlyAccess: true,
    });
    await flagFamily(h.deps, await h.staff(teacher1), {
      eveningId: evening.id,
      studentId: flagged.student.id,
      flagged: true,
    });
    const invitation = await h.lastMailTo(flagged.guardian.email);
    expect(invitation.subject).toMatch(/would like to see you at Spring parents’ evening/);
    expect(invitation.bodyText).toMatch(/You can book before everyone else, from Mon 4 Mar, 11:50\./);
    for (const f of [chosen, flagged]) {
      const p = await proposeItinerary(h.deps, f.actor, {
        eveningId: evening.id,
        requests: [{ studentId: f.student.id }],
      });
      expect(p.meetings).toHaveLength(1);
    }
    expect(
      await failure(
        proposeItinerary(h.deps, other.actor, { eveningId: evening.id, requests: [{ studentId: other.student.id }] }),
      ),
    ).toMatch(/^PRECONDITION_FAILED: Booking for .* opens on Mon, 4 Mar 2030, 14:00/);
    const schedule = await getTeacherSchedule(h.deps, await h.staff(teacher1), { eveningId: evening.id });
    expect(schedule.students.find((s) => s.id === flagged.student.id)?.flagged).toBe(true);
  });
});

function rulesOf(evening: Awaited<ReturnType<typeof newEvening>>) {
  const r = evening.rules;
  return {
    ...r,
    opensAt: new Date(r.opensAt),
    earlyAccessOpensAt: r.earlyAccessOpensAt ? new Date(r.earlyAccessOpensAt) : null,
    closesAt: r.closesAt ? new Date(r.closesAt) : null,
  };
}
