import { and, eq } from 'drizzle-orm';
import { appointments, staffRoles, students } from '@edutrack/db';
import { isAdminOf, isMemberOf, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { isGuardianOf } from '../directory/children.ts';
import { teachesStudent } from '../directory/students.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { roomSyncJob } from '../meetings/meeting-jobs.ts';
import { findVisibleAppointment } from './access.ts';
import { toAppointmentView, type AppointmentView } from './appointment-view.ts';
import { explainConflict } from './conflicts.ts';
import { notifyMeetingChange } from './notify.ts';
import { branchTime, findByIdempotencyKey, idempotencyKeyPresent, teacherDisplayName } from './lookups.ts';
import { checkMeetingTimes } from './time-rules.ts';
import { transact } from '../transaction.ts';
import { lockBookingParties } from './booking-locks.ts';

export interface ScheduleMeetingInput {
  /** Defaults to the caller; an admin may schedule for any teacher of the branch. */
  teacherId?: string;
  guardianId: string;
  studentId: string;
  startsAt: Date;
  endsAt: Date;
  topic?: string | null;
  idempotencyKey?: string;
  /** How the parent is told: a booked meeting ("scheduled"), or a call starting this minute ("now"). */
  notice?: 'scheduled' | 'now';
}

/** A teacher (or admin) schedules a meeting with a parent of one of their students. */
export async function scheduleMeeting(
  deps: CoreDeps,
  staff: StaffActor,
  input: ScheduleMeetingInput,
): Promise<AppointmentView> {
  const [student] = await deps.db.select().from(students).where(eq(students.id, input.studentId));
  if (!student || !isMemberOf(staff, student.branchId)) throw notFound('student');
  const teacherId = input.teacherId ?? staff.id;
  await checkMayScheduleFor(deps, staff, teacherId, student);
  if (!(await isGuardianOf(deps, input.guardianId, student.id))) throw notFound('parent');
  checkMeetingTimes(deps.clock, input.startsAt, input.endsAt);

  if (input.idempotencyKey) {
    const earlier = await findByIdempotencyKey(deps.db, staff.id, input.idempotencyKey);
    if (earlier) return toAppointmentView(await findVisibleAppointment(deps.db, staff, earlier.id), staff, deps.clock);
  }

  try {
    return await transact(deps.db, async (tx) => {
      await lockBookingParties(tx, teacherId, input.guardianId);
      const [created] = await tx
        .insert(appointments)
        .values({
          branchId: student.branchId,
          teacherId,
          guardianId: input.guardianId,
          studentId: student.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          topic: input.topic ?? null,
          createdByKind: 'staff',
          createdById: staff.id,
          idempotencyKey: input.idempotencyKey ?? null,
        })
        .onConflictDoNothing({
          target: [appointments.createdByKind, appointments.createdById, appointments.idempotencyKey],
          where: idempotencyKeyPresent,
        })
        .returning({ id: appointments.id });
      if (!created) {
        // The same submit raced us and won: hand back its result.
        const earlier = await findByIdempotencyKey(tx, staff.id, input.idempotencyKey!);
        return toAppointmentView(await findVisibleAppointment(tx, staff, earlier!.id), staff, deps.clock);
      }
      await enqueueJob(tx, roomSyncJob, { appointmentId: created.id });
      const row = await findVisibleAppointment(tx, staff, created.id);
      await notifyMeetingChange(tx, deps, staff, input.notice ?? 'scheduled', row);
      return toAppointmentView(row, staff, deps.clock);
    });
  } catch (error) {
    throw await explainConflict(error, {
      db: deps.db,
      clock: deps.clock,
      viewer: 'staff',
      teacherId,
      guardianId: input.guardianId,
      teacherName: await teacherDisplayName(deps.db, teacherId),
      teacherIsViewer: teacherId === staff.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      school: await branchTime(deps.db, student.branchId),
    });
  }
}

async function checkMayScheduleFor(
  deps: CoreDeps,
  staff: StaffActor,
  teacherId: string,
  student: typeof students.$inferSelect,
): Promise<void> {
  if (teacherId === staff.id) {
    // Admins may meet any family of their branch; teachers the families of their own students.
    if (!isAdminOf(staff, student.branchId) && !(await teachesStudent(deps, staff.id, student.id)))
      throw notFound('student');
    return;
  }
  if (!isAdminOf(staff, student.branchId)) {
    throw new AppError('FORBIDDEN', 'Only a branch admin can schedule meetings for another teacher.');
  }
  const [member] = await deps.db
    .select({ role: staffRoles.role })
    .from(staffRoles)
    .where(and(eq(staffRoles.staffId, teacherId), eq(staffRoles.branchId, student.branchId)));
  if (!member) throw notFound('teacher');
}
