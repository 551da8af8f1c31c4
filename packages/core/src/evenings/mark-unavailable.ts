import { sql } from 'drizzle-orm';
import { isAdminOf, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { transact } from '../transaction.ts';
import { loadEveningForStaff } from './load-evening.ts';
import { eveningWaitlistJob } from './waitlist-offers.ts';

/**
 * Marks a teacher's slots starting inside [from, to) unavailable (a break) or available again. A
 * booked slot keeps its meeting (cancel it to free the time); freed slots go to the waiting list.
 */
export async function markUnavailable(
  deps: CoreDeps,
  staff: StaffActor,
  input: { eveningId: string; teacherId?: string; from: Date; to: Date; unavailable: boolean },
): Promise<{ changed: number; keptBooked: number }> {
  const loaded = await loadEveningForStaff(deps.db, staff, input.eveningId);
  const teacherId = input.teacherId ?? staff.id;
  if (teacherId !== staff.id && !isAdminOf(staff, loaded.evening.branchId)) {
    throw new AppError('FORBIDDEN', "You can only change your own times. A branch admin can change any teacher's.");
  }
  if (input.to <= input.from) throw new AppError('BAD_REQUEST', 'The end of the break has to be after its start.');
  return transact(deps.db, async (tx) => {
    const changed = await tx.execute(sql`UPDATE evening_slots SET unavailable = ${input.unavailable}
      WHERE evening_id = ${input.eveningId} AND teacher_id = ${teacherId}
        AND starts_at >= ${input.from.toISOString()}::timestamptz AND starts_at < ${input.to.toISOString()}::timestamptz
        AND hold_kind IS DISTINCT FROM 'booked' AND unavailable <> ${input.unavailable}
      RETURNING id`);
    const [kept] = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM evening_slots
      WHERE evening_id = ${input.eveningId} AND teacher_id = ${teacherId} AND hold_kind = 'booked'
        AND starts_at >= ${input.from.toISOString()}::timestamptz AND starts_at < ${input.to.toISOString()}::timestamptz`);
    if (!input.unavailable && changed.length) {
      await enqueueJob(tx, eveningWaitlistJob, { eveningId: input.eveningId, teacherId });
    }
    return { changed: changed.length, keptBooked: kept?.n ?? 0 };
  });
}
