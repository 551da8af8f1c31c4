import { and, asc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { appointments, availabilitySlots, schoolGuardians, students } from '@edutrack/db';
import type { GuardianActor, StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { listMyChildren } from '../directory/children.ts';
import { resolveBranchId } from '../directory/branches.ts';
import { findOpenSlots } from './open-slots.ts';
import { resolveTeacher } from './publish-slots.ts';

const MAX_RANGE_MS = 62 * 86_400_000;

function checkRange(from: Date, to: Date) {
  if (to <= from) throw new AppError('BAD_REQUEST', 'The end of the range must be after its start.');
  if (to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw new AppError('BAD_REQUEST', 'Show at most two months at a time.');
}

/** A teacher's slots in a range, each with who booked it (staff view). */
export async function listTeacherSlots(
  deps: CoreDeps,
  staff: StaffActor,
  input: { branchId?: string; teacherId?: string; from: Date; to: Date },
) {
  checkRange(input.from, input.to);
  const branchId = resolveBranchId(staff, input.branchId);
  const teacherId = await resolveTeacher(deps, staff, branchId, input.teacherId);
  const rows = await deps.db
    .select({
      id: availabilitySlots.id,
      startsAt: availabilitySlots.startsAt,
      endsAt: availabilitySlots.endsAt,
      appointmentId: appointments.id,
      guardianName: schoolGuardians.name,
      studentName: students.name,
    })
    .from(availabilitySlots)
    .leftJoin(appointments, and(eq(appointments.slotId, availabilitySlots.id), ne(appointments.status, 'cancelled')))
    .leftJoin(
      schoolGuardians,
      and(
        eq(schoolGuardians.guardianId, appointments.guardianId),
        eq(schoolGuardians.schoolId, sql`(SELECT school_id FROM branches WHERE id = ${appointments.branchId})`),
      ),
    )
    .leftJoin(students, eq(students.id, appointments.studentId))
    .where(
      and(
        eq(availabilitySlots.teacherId, teacherId),
        gte(availabilitySlots.startsAt, input.from),
        lt(availabilitySlots.startsAt, input.to),
      ),
    )
    .orderBy(asc(availabilitySlots.startsAt));
  return rows.map((r) => ({
    id: r.id,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    booking: r.appointmentId
      ? { appointmentId: r.appointmentId, guardianName: r.guardianName!, studentName: r.studentName! }
      : null,
  }));
}

/** Open slots a parent can book: future, unbooked slots of their children's teachers. */
export async function listOpenSlotsForGuardian(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { teacherId?: string; studentId?: string; from?: Date; to?: Date },
) {
  const children = await listMyChildren(deps, guardian);
  const relevant = input.studentId ? children.filter((c) => c.id === input.studentId) : children;
  const teacherIds = new Set(relevant.flatMap((c) => c.teachers.map((t) => t.id)));
  if (input.teacherId) {
    if (!teacherIds.has(input.teacherId)) return [];
    teacherIds.clear();
    teacherIds.add(input.teacherId);
  }
  const now = deps.clock.now();
  const after = input.from && input.from > now ? input.from : now;
  const slots = await findOpenSlots(deps.db, { teacherIds: [...teacherIds], after, before: input.to });
  const names = new Map(relevant.flatMap((c) => c.teachers.map((t) => [t.id, t.displayName] as const)));
  const zones = new Map(children.map((c) => [c.branch.id, c.branch.timeZone]));
  return slots.map((s) => ({
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    teacher: { id: s.teacherId, displayName: names.get(s.teacherId) ?? '' },
    timeZone: zones.get(s.branchId) ?? 'UTC',
    /** Which of the parent's children this teacher teaches (book for one of them). */
    studentIds: relevant.filter((c) => c.teachers.some((t) => t.id === s.teacherId)).map((c) => c.id),
  }));
}
