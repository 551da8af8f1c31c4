import { and, eq, inArray, ne, notExists, or } from 'drizzle-orm';
import { appointments, availabilitySlots } from '@edutrack/db';
import { adminBranchIds, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { transact } from '../transaction.ts';

/**
 * Removes unbooked slots. Booked ones stay (cancel the meeting first) and are reported back.
 * Ids the caller may not manage answer NOT_FOUND, as if they did not exist.
 */
export async function removeSlots(deps: CoreDeps, staff: StaffActor, input: { slotIds: string[] }) {
  const ids = [...new Set(input.slotIds)];
  const mine = or(
    eq(availabilitySlots.teacherId, staff.id),
    inArray(availabilitySlots.branchId, adminBranchIds(staff)),
  );
  return transact(deps.db, async (tx) => {
    const visible = await tx
      .select({ id: availabilitySlots.id })
      .from(availabilitySlots)
      .where(and(inArray(availabilitySlots.id, ids), mine))
      .for('update');
    if (visible.length !== ids.length) throw notFound('timeSlot');
    const removed = await tx
      .delete(availabilitySlots)
      .where(
        and(
          inArray(availabilitySlots.id, ids),
          notExists(
            tx
              .select({ id: appointments.id })
              .from(appointments)
              .where(and(eq(appointments.slotId, availabilitySlots.id), ne(appointments.status, 'cancelled'))),
          ),
        ),
      )
      .returning({ id: availabilitySlots.id });
    const removedIds = new Set(removed.map((r) => r.id));
    return { removed: removed.length, keptBooked: ids.filter((id) => !removedIds.has(id)) };
  });
}
