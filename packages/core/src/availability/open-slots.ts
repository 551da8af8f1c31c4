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

const NEAREST_COUNT = 3;

/** The open slots of a teacher nearest to a wanted time: what to offer after a booking conflict. */
export async function nearestOpenSlots(db: Executor, teacherId: string, near: Date, now: Date) {
  const rows = await db
    .select({ id: availabilitySlots.id, startsAt: availabilitySlots.startsAt, endsAt: availabilitySlots.endsAt })
    .from(availabilitySlots)
    .where(and(eq(availabilitySlots.teacherId, teacherId), gte(availabilitySlots.startsAt, now), slotIsOpen))
    .orderBy(sql`abs(extract(epoch from ${availabilitySlots.startsAt} - ${near.toISOString()}::timestamptz))`)
    .limit(NEAREST_COUNT);
  return rows
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((r) => ({ slotId: r.id, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}

/**
 * The same, as an SQL expression (a JSON array, in time order) for a statement that books: `exclude`
 * is the slot being booked, which its own snapshot may still show open.
 */
export function nearestOpenSlotsJson(teacherId: SQL, near: SQL, now: SQL, exclude: SQL): SQL {
  return sql`SELECT coalesce(json_agg(json_build_object('slotId', n.id, 'startsAt', n.starts_at, 'endsAt', n.ends_at) ORDER BY n.starts_at), '[]'::json)
    FROM (SELECT ${availabilitySlots.id} AS id, ${availabilitySlots.startsAt} AS starts_at, ${availabilitySlots.endsAt} AS ends_at
      FROM ${availabilitySlots}
      WHERE ${availabilitySlots.teacherId} = ${teacherId} AND ${availabilitySlots.startsAt} >= ${now}
        AND ${availabilitySlots.id} <> ${exclude} AND ${slotIsOpen}
      ORDER BY abs(extract(epoch from ${availabilitySlots.startsAt} - ${near}))
      LIMIT ${NEAREST_COUNT}) AS n`;
}
