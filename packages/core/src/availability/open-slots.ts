import { and, asc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { appointments, availabilitySlots, type Executor } from '@edutrack/db';

export interface SlotTimes {
  id: string;
  teacherId: string;
  branchId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * A slot is open when none of the teacher's active meetings overlaps it. That covers a booking of the
 * slot itself and a meeting the teacher scheduled directly over it.
 */
const slotIsOpen = sql`NOT EXISTS (
  SELECT 1 FROM ${appointments} a
  WHERE a.teacher_id = ${availabilitySlots.teacherId}
    AND a.status <> 'cancelled'
    AND tstzrange(a.starts_at, a.ends_at) && tstzrange(${availabilitySlots.startsAt}, ${availabilitySlots.endsAt}))`;

export async function findOpenSlots(
  db: Executor,
  filter: { teacherIds: string[]; after: Date; before?: Date; limit?: number },
): Promise<SlotTimes[]> {
  if (!filter.teacherIds.length) return [];
  const conditions: SQL[] = [
    inArray(availabilitySlots.teacherId, filter.teacherIds),
    gt(availabilitySlots.startsAt, filter.after),
    slotIsOpen,
  ];
  if (filter.before) conditions.push(lt(availabilitySlots.startsAt, filter.before));
  return db
    .select({
      id: availabilitySlots.id,
      teacherId: availabilitySlots.teacherId,
      branchId: availabilitySlots.branchId,
      startsAt: availabilitySlots.startsAt,
      endsAt: availabilitySlots.endsAt,
    })
    .from(availabilitySlots)
    .where(and(...conditions))
    .orderBy(asc(availabilitySlots.startsAt))
    .limit(filter.limit ?? 500);
}

/** The open slots of a teacher nearest to a wanted time: what to offer after a booking conflict. */
export async function nearestOpenSlots(db: Executor, teacherId: string, near: Date, now: Date, count = 3) {
  const rows = await db
    .select({ id: availabilitySlots.id, startsAt: availabilitySlots.startsAt, endsAt: availabilitySlots.endsAt })
    .from(availabilitySlots)
    .where(and(eq(availabilitySlots.teacherId, teacherId), gte(availabilitySlots.startsAt, now), slotIsOpen))
    .orderBy(sql`abs(extract(epoch from ${availabilitySlots.startsAt} - ${near.toISOString()}::timestamptz))`)
    .limit(count);
  return rows
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((r) => ({ slotId: r.id, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}
