import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { EveningRow } from './load-evening.ts';
import { uuidArray } from './sql-arrays.ts';

export interface FamilyBooking {
  appointmentId: string;
  guardianId: string;
  studentId: string;
  /** The lead teacher (the appointment's teacher). */
  teacherId: string;
  teacherIds: string[];
  slotId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** The active meetings at this evening of the parent's children (booked by any of their parents). */
export async function loadFamilyBookings(
  db: Executor,
  eveningId: string,
  studentIds: string[],
): Promise<FamilyBooking[]> {
  if (!studentIds.length) return [];
  const rows = await db.execute<{
    id: string;
    guardian_id: string;
    student_id: string;
    teacher_id: string;
    teacher_ids: string[] | null;
    evening_slot_id: string | null;
    starts_at: string;
    ends_at: string;
  }>(sql`SELECT a.id, a.guardian_id, a.student_id, a.teacher_id, a.evening_slot_id, a.starts_at, a.ends_at,
      (SELECT array_agg(at.teacher_id) FROM appointment_teachers at WHERE at.appointment_id = a.id) AS teacher_ids
    FROM appointments a
    WHERE a.evening_id = ${eveningId} AND a.student_id = ANY(${uuidArray(studentIds)}) AND a.status <> 'cancelled'
    ORDER BY a.starts_at`);
  return rows.map((r) => ({
    appointmentId: r.id,
    guardianId: r.guardian_id,
    studentId: r.student_id,
    teacherId: r.teacher_id,
    teacherIds: r.teacher_ids ?? [r.teacher_id],
    slotId: r.evening_slot_id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
  }));
}

/** Who counts as one household for the unique index on appointments (see the schema). */
const NIL_HOUSEHOLD = '00000000-0000-0000-0000-000000000000';
export function householdOf(evening: Pick<EveningRow, 'householdMode'>, guardian: GuardianActor): string {
  return evening.householdMode === 'per_parent' ? guardian.id : NIL_HOUSEHOLD;
}

/** The bookings that count against this parent under the household rule. */
export function countsForParent(
  evening: Pick<EveningRow, 'householdMode'>,
  guardian: Pick<GuardianActor, 'id'>,
  bookings: FamilyBooking[],
): FamilyBooking[] {
  return evening.householdMode === 'per_parent' ? bookings.filter((b) => b.guardianId === guardian.id) : bookings;
}
