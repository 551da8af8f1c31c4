import { sql } from 'drizzle-orm';
import { classStudents, type Database, type Executor } from '@edutrack/db';
import { insertClass, insertFamily, insertStaff } from '@edutrack/db/testing';

export interface EveningBookingCounts {
  /** Meetings booked at the evening (not cancelled). */
  booked: number;
  /** Distinct slots they hold: equal to `booked` when no slot was sold twice. */
  slots: number;
  /** Pairs of live meetings where one teacher would be in two places at once. */
  teacherOverlaps: number;
  /** Pairs of live meetings where one parent would be in two places at once. */
  parentOverlaps: number;
}

/**
 * What a rush left behind, counted straight from the tables: the concurrency tests' proof that nobody
 * was double booked, whichever process or code path wrote the meetings.
 */
export async function countEveningBookings(db: Executor, eveningId: string): Promise<EveningBookingCounts> {
  const [counts] = await db.execute<{ booked: number; slots: number; teacher: number; parent: number }>(sql`
    SELECT
      (SELECT count(*)::int FROM appointments WHERE evening_id = ${eveningId} AND status <> 'cancelled') AS booked,
      (SELECT count(DISTINCT evening_slot_id)::int FROM appointments WHERE evening_id = ${eveningId} AND status <> 'cancelled') AS slots,
      (SELECT count(*)::int FROM appointment_teachers x JOIN appointment_teachers y ON x.teacher_id = y.teacher_id
        AND x.appointment_id < y.appointment_id AND x.active AND y.active
        AND tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at)) AS teacher,
      (SELECT count(*)::int FROM appointments x JOIN appointments y ON x.guardian_id = y.guardian_id AND x.id < y.id
        AND x.status <> 'cancelled' AND y.status <> 'cancelled'
        AND tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at)) AS parent`);
  return {
    booked: counts!.booked,
    slots: counts!.slots,
    teacherOverlaps: counts!.teacher,
    parentOverlaps: counts!.parent,
  };
}

/**
 * The rush tests' school: four teachers with a class each in `branchId`, and `families` families
 * whose child is in all four classes, so every family wants every teacher at once.
 */
export async function insertRushSchool(db: Database, branchId: string, families: number) {
  const teachers = await Promise.all([1, 2, 3, 4].map((i) => insertStaff(db, { branchId, name: `Rush ${i}` })));
  const classes = await Promise.all(teachers.map((t) => insertClass(db, { branchId, teacherIds: [t.id] })));
  const inserted = await Promise.all(
    Array.from({ length: families }, () => insertFamily(db, { branchId, classId: classes[0]!.id })),
  );
  await db
    .insert(classStudents)
    .values(inserted.flatMap((f) => classes.slice(1).map((c) => ({ classId: c.id, studentId: f.student.id }))));
  return { teachers, classes, families: inserted };
}
