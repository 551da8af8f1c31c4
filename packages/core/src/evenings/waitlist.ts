import { and, eq, inArray, sql } from 'drizzle-orm';
import { eveningWaitlist } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { violatedConstraint } from '../db-errors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { transact } from '../transaction.ts';
import { countsForParent, loadFamilyBookings } from './family-bookings.ts';
import { childOf, loadFamily, targetOf } from './family.ts';
import { loadEvening } from './load-evening.ts';
import { eveningWaitlistJob } from './waitlist-offers.ts';
import { said } from '../error-messages/say.ts';

/**
 * A family joins the waiting list of one teacher, or of a joint meeting (kept on its lead's queue),
 * for a child; a time already free is offered straight away.
 */
export async function joinWaitlist(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { eveningId: string; studentId: string; targetId: string },
): Promise<{ entryId: string }> {
  const loaded = await loadEvening(deps.db, input.eveningId);
  const family = await loadFamily(deps.db, guardian, loaded);
  const child = childOf(family, input.studentId);
  const target = targetOf(child, input.targetId);
  const lead = target.teacherIds[0]!;
  const bookings = await loadFamilyBookings(deps.db, loaded.evening.id, [child.id]);
  if (countsForParent(loaded.evening, guardian, bookings).some((b) => b.teacherIds.includes(lead))) {
    throw new AppError('CONFLICT', said('errors.evening.alreadyMeeting', { child: child.name, teacher: target.name }));
  }
  try {
    return await transact(deps.db, async (tx) => {
      const [row] = await tx
        .insert(eveningWaitlist)
        // created_at from the database: the queue's order is the order families really arrived in.
        .values({
          eveningId: loaded.evening.id,
          teacherId: lead,
          jointMeetingId: target.joint ? target.id : null,
          guardianId: guardian.id,
          studentId: child.id,
        })
        .returning({ id: eveningWaitlist.id });
      await enqueueJob(tx, eveningWaitlistJob, { eveningId: loaded.evening.id, teacherId: lead });
      return { entryId: row!.id };
    });
  } catch (error) {
    if (violatedConstraint(error) === 'evening_waitlist_active_key') {
      throw new AppError(
        'CONFLICT',
        said(target.joint ? 'errors.evening.alreadyWaitingJoint' : 'errors.evening.alreadyWaiting', {
          child: child.name,
          teacher: target.name,
        }),
      );
    }
    throw error;
  }
}

/** Leaves a waiting list; an open offer is let go at once and passes on to the next family. */
export async function leaveWaitlist(deps: CoreDeps, guardian: GuardianActor, entryId: string): Promise<{ ok: true }> {
  await transact(deps.db, async (tx) => {
    const [entry] = await tx
      .update(eveningWaitlist)
      .set({ status: 'left' })
      .where(
        and(
          eq(eveningWaitlist.id, entryId),
          eq(eveningWaitlist.guardianId, guardian.id),
          inArray(eveningWaitlist.status, ['waiting', 'offered']),
        ),
      )
      .returning();
    if (!entry) throw notFound('waitingListEntry');
    if (entry.offeredSlotId) {
      // A joint meeting's co-teacher slots point at the lead slot: they go with it.
      await tx.execute(sql`UPDATE evening_slots SET held_by = NULL, held_for = NULL, hold_kind = NULL, hold_expires_at = NULL,
          hold_joint_id = NULL, hold_lead_slot_id = NULL
        WHERE (id = ${entry.offeredSlotId} OR hold_lead_slot_id = ${entry.offeredSlotId})
          AND held_by = ${guardian.id} AND hold_kind = 'offer'`);
      await enqueueJob(tx, eveningWaitlistJob, { eveningId: entry.eveningId, teacherId: entry.teacherId });
    }
  });
  return { ok: true };
}
