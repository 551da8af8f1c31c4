import { eq, sql } from 'drizzle-orm';
import { appointments, availabilitySlots, branches, staffUsers } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueRoomSync } from '../jobs/enqueue.ts';
import { transact } from '../transaction.ts';
import { findVisibleAppointment } from './access.ts';
import { toAppointmentView, type AppointmentView } from './appointment-view.ts';
import { lockBookingParties } from './booking-locks.ts';
import { explainConflict } from './conflicts.ts';
import { findByIdempotencyKey, idempotencyKeyPresent } from './lookups.ts';
import { notifyOtherParty } from './notify.ts';

export interface BookSlotInput {
  slotId: string;
  studentId: string;
  topic?: string | null;
  idempotencyKey?: string;
}

/**
 * A slot a parent may book for a child: published by one of the child's teachers, still ahead.
 * One query answers all of it (a conference evening's rush runs through here).
 */
export async function loadBookableSlot(deps: CoreDeps, guardian: GuardianActor, slotId: string, studentId: string) {
  const [row] = await deps.db
    .select({
      slot: availabilitySlots,
      teacherName: staffUsers.displayName,
      timeZone: branches.timeZone,
      isGuardian: sql<boolean>`EXISTS (SELECT 1 FROM guardian_students gs WHERE gs.guardian_id = ${guardian.id} AND gs.student_id = ${studentId})`,
      teaches: sql<boolean>`EXISTS (SELECT 1 FROM class_students cs JOIN class_teachers ct ON ct.class_id = cs.class_id
        WHERE ct.staff_id = ${availabilitySlots.teacherId} AND cs.student_id = ${studentId})`,
    })
    .from(availabilitySlots)
    .innerJoin(staffUsers, eq(staffUsers.id, availabilitySlots.teacherId))
    .innerJoin(branches, eq(branches.id, availabilitySlots.branchId))
    .where(eq(availabilitySlots.id, slotId));
  if (row && !row.isGuardian) throw notFound('child');
  if (!row || !row.teaches) throw notFound('time slot');
  if (row.slot.startsAt <= deps.clock.now()) {
    throw new AppError('BAD_REQUEST', 'That time has already started or passed. Please pick a later time.');
  }
  return { ...row.slot, teacherName: row.teacherName, timeZone: row.timeZone };
}

/** A parent books an open slot of one of their child's teachers. */
export async function bookSlot(deps: CoreDeps, guardian: GuardianActor, input: BookSlotInput): Promise<AppointmentView> {
  const slot = await loadBookableSlot(deps, guardian, input.slotId, input.studentId);
  try {
    return await transact(deps.db, async (tx) => {
      await lockBookingParties(tx, slot.teacherId, guardian.id);
      const [created] = await tx
        .insert(appointments)
        .values({
          branchId: slot.branchId,
          teacherId: slot.teacherId,
          guardianId: guardian.id,
          studentId: input.studentId,
          slotId: slot.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          topic: input.topic ?? null,
          createdByKind: 'guardian',
          createdById: guardian.id,
          idempotencyKey: input.idempotencyKey ?? null,
        })
        // A retried submit (same key) finds its first booking instead of booking twice.
        .onConflictDoNothing({
          target: [appointments.createdByKind, appointments.createdById, appointments.idempotencyKey],
          where: idempotencyKeyPresent,
        })
        .returning({ id: appointments.id });
      const id = created?.id ?? (await findByIdempotencyKey(tx, guardian.id, input.idempotencyKey!))!.id;
      const row = await findVisibleAppointment(tx, guardian, id);
      const view = toAppointmentView(row, guardian, deps.clock);
      if (created) {
        await enqueueRoomSync(tx, id);
        await notifyOtherParty(tx, deps, guardian, 'scheduled', view, row.emails);
      }
      return view;
    });
  } catch (error) {
    throw await explainConflict(error, {
      db: deps.db,
      clock: deps.clock,
      viewer: 'guardian',
      teacherId: slot.teacherId,
      guardianId: guardian.id,
      teacherName: slot.teacherName,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      timeZone: slot.timeZone,
      offerSlots: true,
    });
  }
}
