import { eq, sql } from 'drizzle-orm';
import { appointments, type Transaction } from '@edutrack/db';
import type { Actor, GuardianActor, StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { roomSyncJob } from '../meetings/meeting-jobs.ts';
import { findVisibleAppointment } from './access.ts';
import { toAppointmentView, type AppointmentRow, type AppointmentView } from './appointment-view.ts';
import { loadBookableSlot } from './book-slot.ts';
import { explainConflict } from './conflicts.ts';
import { notifyMeetingChange } from './notify.ts';
import { permissionsFor } from './permissions.ts';
import { checkMeetingTimes } from './time-rules.ts';
import { transact } from '../transaction.ts';
import { lockBookingParties } from './booking-locks.ts';
import { checkParentMayChangeEvening } from '../evenings/change-rules.ts';
import { offerToWaitlists } from '../evenings/waitlist-offers.ts';
import { said } from '../error-messages/say.ts';

/** Every move and the cancel raise the invite's SEQUENCE, so calendars replace the event they have. */
const nextSequence = sql`${appointments.calendarSequence} + 1`;

/** Staff move a meeting to any time (it leaves its slot, which becomes bookable again). */
export async function rescheduleByStaff(
  deps: CoreDeps,
  staff: StaffActor,
  input: { id: string; startsAt: Date; endsAt: Date },
): Promise<AppointmentView> {
  checkMeetingTimes(deps.clock, input.startsAt, input.endsAt);
  return moveAppointment(
    deps,
    staff,
    input.id,
    { startsAt: input.startsAt, endsAt: input.endsAt, slotId: null },
    false,
  );
}

/** A parent moves their own booking to another open slot of the same teacher. */
export async function rescheduleByGuardian(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { id: string; slotId: string },
): Promise<AppointmentView> {
  const current = await findVisibleAppointment(deps.db, guardian, input.id);
  if (current.appointment.eveningId) {
    throw new AppError('PRECONDITION_FAILED', said('errors.change.partOfEvening'));
  }
  const slot = await loadBookableSlot(deps, guardian, input.slotId, current.appointment.studentId);
  if (slot.teacherId !== current.appointment.teacherId) {
    throw new AppError('BAD_REQUEST', said('errors.change.sameTeacher', { teacher: current.teacher.displayName }));
  }
  return moveAppointment(
    deps,
    guardian,
    input.id,
    { startsAt: slot.startsAt, endsAt: slot.endsAt, slotId: slot.id },
    true,
  );
}

async function moveAppointment(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  to: { startsAt: Date; endsAt: Date; slotId: string | null },
  offerSlots: boolean,
): Promise<AppointmentView> {
  let locked: AppointmentRow | undefined;
  try {
    return await transact(deps.db, async (tx) => {
      locked = await findVisibleAppointment(tx, actor, id, { forUpdate: true });
      checkMayChange(actor, locked, deps.clock.now(), 'reschedule');
      await lockBookingParties(tx, locked.appointment.teacherId, locked.appointment.guardianId);
      const a = locked.appointment;
      if (a.startsAt.getTime() === to.startsAt.getTime() && a.endsAt.getTime() === to.endsAt.getTime()) {
        return toAppointmentView(locked, actor, deps.clock);
      }
      await tx
        .update(appointments)
        // A moved meeting leaves its parents' evening slot too (the database frees it, see migration 0007).
        .set({ ...to, eveningSlotId: null, updatedAt: deps.clock.now(), calendarSequence: nextSequence })
        .where(eq(appointments.id, id));
      return afterChange(tx, deps, actor, id, 'rescheduled');
    });
  } catch (error) {
    if (!locked) throw error;
    throw await explainConflict(error, {
      db: deps.db,
      clock: deps.clock,
      viewer: actor.kind,
      teacherId: locked.appointment.teacherId,
      guardianId: locked.appointment.guardianId,
      teacherName: locked.teacher.displayName,
      teacherIsViewer: actor.id === locked.appointment.teacherId,
      startsAt: to.startsAt,
      endsAt: to.endsAt,
      school: locked.branch,
      excludeId: id,
      offerSlots,
    });
  }
}

/** Cancels a meeting; its Daily room is deleted by the queued room sync. */
export async function cancelAppointment(
  deps: CoreDeps,
  actor: Actor,
  input: { id: string; reason?: string | null },
): Promise<AppointmentView> {
  return transact(deps.db, async (tx) => {
    const row = await findVisibleAppointment(tx, actor, input.id, { forUpdate: true });
    checkMayChange(actor, row, deps.clock.now(), 'cancel');
    if (actor.kind === 'guardian') await checkParentMayChangeEvening(tx, row.appointment, deps.clock.now());
    await tx
      .update(appointments)
      .set({
        status: 'cancelled',
        cancelledAt: deps.clock.now(),
        cancelledByKind: actor.kind,
        cancelledById: actor.id,
        cancelReason: input.reason?.trim() || null,
        updatedAt: deps.clock.now(),
        calendarSequence: nextSequence,
      })
      .where(eq(appointments.id, input.id));
    return afterChange(tx, deps, actor, input.id, 'cancelled');
  });
}

async function afterChange(
  tx: Transaction,
  deps: CoreDeps,
  actor: Actor,
  id: string,
  change: 'rescheduled' | 'cancelled',
) {
  await enqueueJob(tx, roomSyncJob, { appointmentId: id });
  const row = await findVisibleAppointment(tx, actor, id);
  if (change === 'cancelled' && row.appointment.eveningId) await offerToWaitlists(tx, row.appointment.id);
  await notifyMeetingChange(tx, deps, actor, change, row);
  return toAppointmentView(row, actor, deps.clock);
}

/** Explains why a change is refused, in the order a person would want to hear it. */
function checkMayChange(actor: Actor, row: AppointmentRow, now: Date, action: 'cancel' | 'reschedule'): void {
  const a = row.appointment;
  if (permissionsFor(actor, a, now)[action]) return;
  if (a.status === 'cancelled') throw new AppError('PRECONDITION_FAILED', said('errors.change.alreadyCancelled'));
  if (a.status !== 'scheduled' || a.endedAt || now >= a.endsAt)
    throw new AppError('PRECONDITION_FAILED', said('errors.change.tookPlace'));
  if (actor.kind === 'guardian' && now >= a.startsAt) {
    throw new AppError('PRECONDITION_FAILED', said('errors.change.started', { teacher: row.teacher.displayName }));
  }
  if (actor.kind === 'guardian' && action === 'reschedule') {
    throw new AppError('FORBIDDEN', said('errors.change.teacherScheduled', { teacher: row.teacher.displayName }));
  }
  if (actor.kind === 'guardian') {
    throw new AppError('FORBIDDEN', said('errors.change.notYourMeeting'));
  }
  throw new AppError('FORBIDDEN', "Only the meeting's teacher or a branch admin can change it.");
}
