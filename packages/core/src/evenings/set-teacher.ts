import { and, eq, sql } from 'drizzle-orm';
import { eveningSlots, eveningTeachers } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { transact } from '../transaction.ts';
import { checkBranchTeachers } from './create-evening.ts';
import type { EveningDetail } from './evening-types.ts';
import { getEveningForStaff } from './evening-views.ts';
import { loadEveningForAdmin } from './load-evening.ts';
import { materialiseSlots } from './slot-grid.ts';

/**
 * An admin adds a teacher, changes their overrides, or takes them out. Their slots are rebuilt, which
 * is refused while any of them is booked or held (a family's plan would silently change).
 */
export async function setEveningTeacher(
  deps: CoreDeps,
  staff: StaffActor,
  input: {
    eveningId: string;
    teacherId: string;
    participating: boolean;
    slotMinutes: number | null;
    sessionIds: string[] | null;
  },
): Promise<EveningDetail> {
  const loaded = await loadEveningForAdmin(deps.db, staff, input.eveningId);
  if (input.sessionIds?.some((id) => !loaded.sessions.some((s) => s.id === id))) throw notFound('session');
  await transact(deps.db, async (tx) => {
    await checkBranchTeachers(tx, loaded.evening.branchId, [input.teacherId]);
    const [busy] = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM evening_slots
      WHERE evening_id = ${input.eveningId} AND teacher_id = ${input.teacherId} AND hold_kind IS NOT NULL
        AND hold_expires_at > ${deps.clock.now().toISOString()}::timestamptz`);
    if (busy && busy.n > 0) {
      throw new AppError(
        'CONFLICT',
        `This teacher already has ${busy.n} booked or held time${busy.n === 1 ? '' : 's'}. Cancel those meetings first, or mark single times unavailable instead.`,
      );
    }
    await tx
      .delete(eveningSlots)
      .where(and(eq(eveningSlots.eveningId, input.eveningId), eq(eveningSlots.teacherId, input.teacherId)));
    await tx
      .delete(eveningTeachers)
      .where(and(eq(eveningTeachers.eveningId, input.eveningId), eq(eveningTeachers.teacherId, input.teacherId)));
    if (!input.participating) return;
    await tx.insert(eveningTeachers).values({
      eveningId: input.eveningId,
      teacherId: input.teacherId,
      slotMinutes: input.slotMinutes,
      sessionIds: input.sessionIds,
    });
    await materialiseSlots(tx, loaded.evening, loaded.sessions, [input.teacherId]);
  });
  return getEveningForStaff(deps, staff, input.eveningId);
}
