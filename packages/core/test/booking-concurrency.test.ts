import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { availabilitySlots } from '@edutrack/db';
import { insertFamily } from '@edutrack/db/testing';
import { AppError, bookSlot, scheduleMeeting } from '../src/index.ts';
import { later, useHarness } from './harness.ts';

const h = useHarness();

async function overlappingActivePairs(column: 'teacher_id' | 'guardian_id') {
  const rows = await h.testDb.db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM appointments a JOIN appointments b
      ON a.${sql.raw(column)} = b.${sql.raw(column)} AND a.id < b.id
     AND a.status <> 'cancelled' AND b.status <> 'cancelled'
     AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`);
  return rows[0]!.n;
}

describe('no double booking under concurrency', () => {
  it('30 parents racing for one slot: exactly one booking, 29 clear conflicts', async () => {
    const { branch, teacher1, class1 } = h.world.a;
    const [slot] = await h.testDb.db
      .insert(availabilitySlots)
      .values({
        branchId: branch.id,
        teacherId: teacher1.id,
        startsAt: later(60),
        endsAt: later(70),
        createdById: teacher1.id,
      })
      .returning();
    const families = await Promise.all(
      Array.from({ length: 30 }, () => insertFamily(h.testDb.db, { branchId: branch.id, classId: class1.id })),
    );
    const results = await Promise.allSettled(
      families.map((f) => bookSlot(h.deps, h.guardian(f), { slotId: slot!.id, studentId: f.student.id })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(29);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason.code).toBe('CONFLICT');
    }
    expect(await overlappingActivePairs('teacher_id')).toBe(0);
  });

  it('overlapping times from several teachers and for one parent: no overlaps survive', async () => {
    const { student, guardian } = h.world.a.family3;
    const staff = await h.staff(h.world.a.admin);
    // 40 concurrent attempts, each 15 minutes, start times 5 minutes apart: heavy overlap.
    const attempts = Array.from({ length: 40 }, (_, i) => ({
      teacherId: i % 2 ? h.world.a.teacher1.id : h.world.a.teacher2.id,
      startsAt: later(600 + (i % 20) * 5),
    }));
    const results = await Promise.allSettled(
      attempts.map((a) =>
        scheduleMeeting(h.deps, staff, {
          teacherId: a.teacherId,
          guardianId: guardian.id,
          studentId: student.id,
          startsAt: a.startsAt,
          endsAt: new Date(a.startsAt.getTime() + 15 * 60_000),
        }),
      ),
    );
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.length - rejected.length).toBeGreaterThan(0);
    expect(rejected.every((r) => r.reason instanceof AppError && r.reason.code === 'CONFLICT')).toBe(true);
    expect(await overlappingActivePairs('guardian_id')).toBe(0);
    expect(await overlappingActivePairs('teacher_id')).toBe(0);
  });
});
