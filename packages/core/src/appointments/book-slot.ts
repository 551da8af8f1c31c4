import { eq } from 'drizzle-orm';
import { appointments, availabilitySlots } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { isGuardianOf } from '../directory/children.ts';
import { teachesStudent } from '../directory/students.ts';
import { enqueueRoomSync } from '../jobs/enqueue.ts';
import { findVisibleAppointment } from './access.ts';
import { toAppointmentView, type AppointmentView } from './appointment-view.ts';
import { explainConflict } from './conflicts.ts';
import { branchZone, findByIdempotencyKey, idempotencyKeyPresent, teacherDisplayName } from './lookups.ts';
import { notifyOtherParty } from './notify.ts';
import { transact } from '../transaction.ts';
import { lockBookingParties } from './booking-locks.ts';

export interface BookSlotInput {
  slotId: string;
  studentId: string;
  topic?: string | null;
  idempotencyKey?: string;
}

/** A slot a parent may book for a child: published by one of the child's teachers, still ahead. */
export async function loadBookableSlot(deps: CoreDeps, guardian: GuardianActor, slotId: string, studentId: string) {
  if (!(await isGuardianOf(deps, guardian.id, studentId))) throw notFound('child');
  const [slot] = await deps.db.select().from(availabilitySlots).where(eq(availabilitySlots.id, slotId));
  if (!slot || !(await teachesStudent(deps, slot.teacherId, studentId))) throw notFound('time slot');
  if (slot.startsAt <= deps.clock.now()) {
    throw new AppError('BAD_REQUEST', 'That time has already started or passed. Please pick a later time.');
  }
  return slot;
}

/** A parent books an open slot of one of their child's teachers. */
export async function bookSlot(deps: CoreDeps, guardian: GuardianActor, input: BookSlotInput): Promise<AppointmentView> {
  if (input.idempotencyKey) {
    const earlier = await findByIdempotencyKey(deps.db, guardian.id, input.idempotencyKey);
    if (earlier) return toAppointmentView(await findVisibleAppointment(deps.db, guardian, earlier.id), guardian, deps.clock);
  }
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
        .onConflictDoNothing({
          target: [appointments.createdByKind, appointments.createdById, appointments.idempotencyKey],
          where: idempotencyKeyPresent,
        })
        .returning({ id: appointments.id });
      const id = created?.id ?? (await findByIdempotencyKey(tx, guardian.id, input.idempotencyKey!))!.id;
      if (created) await enqueueRoomSync(tx, id);
      const view = toAppointmentView(await findVisibleAppointment(tx, guardian, id), guardian, deps.clock);
      if (created) await notifyOtherParty(tx, deps, guardian, 'scheduled', view);
      return view;
    });
  } catch (error) {
    throw await explainConflict(error, {
      db: deps.db,
      clock: deps.clock,
      viewer: 'guardian',
      teacherId: slot.teacherId,
      guardianId: guardian.id,
      teacherName: await teacherDisplayName(deps.db, slot.teacherId),
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      timeZone: await branchZone(deps.db, slot.branchId),
      offerSlots: true,
    });
  }
}
