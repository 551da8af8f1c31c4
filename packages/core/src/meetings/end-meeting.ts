import { eq } from 'drizzle-orm';
import { appointments } from '@edutrack/db';
import { isAdminOf, type StaffActor } from '../actors.ts';
import { AppError } from '../errors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import { toAppointmentView, type AppointmentRow, type AppointmentView } from '../appointments/appointment-view.ts';
import { lockBookingParties } from '../appointments/booking-locks.ts';
import { explainConflict } from '../appointments/conflicts.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { meetingWindow } from '../time/meeting-window.ts';
import { transact } from '../transaction.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { roomSyncJob } from './meeting-jobs.ts';

/**
 * "End meeting for everyone": the meeting is over now. No one can get a token for it any more, its
 * time is free for other meetings, and the queued room sync removes everyone and deletes the room.
 * The outcome (completed or no-show) is settled when its window would have closed, as for any meeting.
 */
export async function endMeeting(
  deps: MeetingDeps,
  staff: StaffActor,
  appointmentId: string,
): Promise<AppointmentView> {
  return transact(deps.db, async (tx) => {
    const row = await findVisibleAppointment(tx, staff, appointmentId, { forUpdate: true });
    checkHost(staff, row, 'end');
    const now = deps.clock.now();
    const a = row.appointment;
    if (a.status === 'cancelled') throw new AppError('PRECONDITION_FAILED', 'This meeting was cancelled.');
    if (now < meetingWindow(a).opensAt) {
      throw new AppError(
        'PRECONDITION_FAILED',
        "This meeting hasn't started yet. Cancel it instead if it should not happen.",
      );
    }
    if (!a.endedAt && now < meetingWindow(a).closesAt) {
      await tx.update(appointments).set({ endedAt: now, updatedAt: now }).where(eq(appointments.id, appointmentId));
      await enqueueJob(tx, roomSyncJob, { appointmentId });
    }
    return toAppointmentView(await findVisibleAppointment(tx, staff, appointmentId), staff, deps.clock);
  });
}

/**
 * Undoes an end made by mistake: the room is made again and people can join, until the meeting's
 * window would have closed anyway, and only if its time has not been given to another meeting.
 */
export async function reopenMeeting(
  deps: MeetingDeps,
  staff: StaffActor,
  appointmentId: string,
): Promise<AppointmentView> {
  try {
    return await transact(deps.db, async (tx) => {
      const first = await findVisibleAppointment(tx, staff, appointmentId);
      await lockBookingParties(tx, first.appointment.teacherId, first.appointment.guardianId);
      const row = await findVisibleAppointment(tx, staff, appointmentId, { forUpdate: true });
      checkHost(staff, row, 'reopen');
      const now = deps.clock.now();
      if (!row.appointment.endedAt) return toAppointmentView(row, staff, deps.clock);
      if (now >= meetingWindow(row.appointment).closesAt) {
        throw new AppError(
          'PRECONDITION_FAILED',
          'This meeting can no longer be reopened. Schedule a new meeting instead.',
        );
      }
      await tx.update(appointments).set({ endedAt: null, updatedAt: now }).where(eq(appointments.id, appointmentId));
      await enqueueJob(tx, roomSyncJob, { appointmentId });
      return toAppointmentView(await findVisibleAppointment(tx, staff, appointmentId), staff, deps.clock);
    });
  } catch (error) {
    const row = await findVisibleAppointment(deps.db, staff, appointmentId);
    throw await explainConflict(error, {
      db: deps.db,
      clock: deps.clock,
      viewer: 'staff',
      teacherId: row.appointment.teacherId,
      guardianId: row.appointment.guardianId,
      teacherName: row.teacher.displayName,
      teacherIsViewer: row.appointment.teacherId === staff.id,
      startsAt: row.appointment.startsAt,
      endsAt: row.appointment.endsAt,
      school: row.branch,
      excludeId: appointmentId,
    });
  }
}

function checkHost(staff: StaffActor, row: AppointmentRow, action: 'end' | 'reopen'): void {
  if (row.appointment.teacherId !== staff.id && !isAdminOf(staff, row.appointment.branchId)) {
    throw new AppError('FORBIDDEN', `Only the meeting's teacher or a branch admin can ${action} it.`);
  }
}
