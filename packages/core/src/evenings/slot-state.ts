import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import type { BookableTarget } from './evening-types.ts';
import { uuidArray } from './sql-arrays.ts';

/**
 * Whether evening slot `s` is free for `guardianId` at `now`: not unavailable, not under someone
 * else's live hold (a hold lapses by its stored expiry, no job), not booked, and its teacher has no
 * active meeting overlapping it (appointment_teachers: also joint meetings and ordinary ones).
 */
function slotIsFree(now: Date, guardianId: string | null): SQL {
  return sql`NOT s.unavailable
    AND (s.hold_expires_at IS NULL OR s.hold_expires_at <= ${now.toISOString()}::timestamptz
      OR (s.held_by = ${guardianId}::uuid AND s.hold_kind <> 'booked'))
    AND NOT EXISTS (SELECT 1 FROM appointment_teachers t WHERE t.teacher_id = s.teacher_id AND t.active
      AND tstzrange(t.starts_at, t.ends_at) && tstzrange(s.starts_at, s.ends_at))`;
}

export interface SlotRow {
  id: string;
  teacherId: string;
  sessionId: string;
  start: number;
  end: number;
  free: boolean;
}

/** Every future slot of these teachers in the open sessions, with whether it is free for this parent. One query. */
export async function loadSlots(
  db: Executor,
  eveningId: string,
  teacherIds: string[],
  openSessionIds: string[],
  /** Whose own holds count as free; null: nobody's. */
  guardianId: string | null,
  now: Date,
): Promise<SlotRow[]> {
  if (!teacherIds.length || !openSessionIds.length) return [];
  const rows = await db.execute<{
    id: string;
    teacher_id: string;
    session_id: string;
    starts_at: string;
    ends_at: string;
    free: boolean;
  }>(sql`SELECT s.id, s.teacher_id, s.session_id, s.starts_at, s.ends_at, (${slotIsFree(now, guardianId)}) AS free
    FROM evening_slots s
    WHERE s.evening_id = ${eveningId} AND s.teacher_id = ANY(${uuidArray(teacherIds)})
      AND s.session_id = ANY(${uuidArray(openSessionIds)}) AND s.starts_at > ${now.toISOString()}::timestamptz
    ORDER BY s.starts_at`);
  return rows.map((r) => ({
    id: r.id,
    teacherId: r.teacher_id,
    sessionId: r.session_id,
    start: new Date(r.starts_at).getTime(),
    end: new Date(r.ends_at).getTime(),
    free: r.free,
  }));
}

export interface TargetOption {
  /** The lead slot (the one a parent confirms). */
  slotId: string;
  /** Co-teachers' slots held and booked along with it (joint meetings). */
  coSlotIds: string[];
  start: number;
  end: number;
}

/**
 * The free options of one bookable target: a teacher's free slots; for a joint meeting, the lead's free
 * slots where every co-teacher has slots covering the time and all of them are free.
 */
export function optionsFor(target: BookableTarget, slots: SlotRow[]): TargetOption[] {
  const [lead, ...co] = target.teacherIds;
  const out: TargetOption[] = [];
  for (const s of slots) {
    if (s.teacherId !== lead || !s.free) continue;
    const coSlotIds: string[] = [];
    let ok = true;
    for (const teacher of co) {
      const overlapping = slots.filter((o) => o.teacherId === teacher && o.start < s.end && s.start < o.end);
      const covered =
        overlapping.length > 0 &&
        Math.min(...overlapping.map((o) => o.start)) <= s.start &&
        Math.max(...overlapping.map((o) => o.end)) >= s.end;
      if (!covered || overlapping.some((o) => !o.free)) ok = false;
      else coSlotIds.push(...overlapping.map((o) => o.id));
    }
    if (ok) out.push({ slotId: s.id, coSlotIds, start: s.start, end: s.end });
  }
  return out;
}

/** The parent's active meetings (any, not only this evening's) overlapping the evening: they cannot be in two places. */
export async function loadParentBusy(
  db: Executor,
  guardianId: string,
  from: Date,
  to: Date,
): Promise<{ start: number; end: number }[]> {
  const rows = await db.execute<{ starts_at: string; ends_at: string }>(sql`
    SELECT starts_at, ends_at FROM appointments WHERE guardian_id = ${guardianId}
      AND status <> 'cancelled' AND ended_at IS NULL
      AND tstzrange(starts_at, ends_at) && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)`);
  return rows.map((r) => ({ start: new Date(r.starts_at).getTime(), end: new Date(r.ends_at).getTime() }));
}

/**
 * Holds the given slots for a parent in one conditional UPDATE: a slot is taken only if it is still
 * free, so two parents racing for it cannot both win (the row lock makes the second re-check). Returns
 * the ids it got; the caller rolls back when that is not all of them.
 */
export async function claimSlots(
  tx: Executor,
  claims: { slotId: string; studentId: string; jointId: string | null; leadSlotId: string | null }[],
  holder: { guardianId: string; kind: 'proposal' | 'offer'; expiresAt: Date; now: Date },
): Promise<Set<string>> {
  if (!claims.length) return new Set();
  const values = sql.join(
    claims.map((c) => sql`(${c.slotId}::uuid, ${c.studentId}::uuid, ${c.jointId}::uuid, ${c.leadSlotId}::uuid)`),
    sql`, `,
  );
  const rows = await tx.execute<{ id: string }>(sql`
    UPDATE evening_slots s SET held_by = ${holder.guardianId}, held_for = v.student_id, hold_kind = ${holder.kind},
      hold_expires_at = ${holder.expiresAt.toISOString()}::timestamptz, hold_joint_id = v.joint_id, hold_lead_slot_id = v.lead_slot_id
    FROM (VALUES ${values}) AS v(slot_id, student_id, joint_id, lead_slot_id)
    WHERE s.id = v.slot_id AND ${slotIsFree(holder.now, holder.guardianId)}
    RETURNING s.id`);
  return new Set(rows.map((r) => r.id));
}

/** Lets go of a parent's live proposal holds in an evening (offers stay theirs until they lapse). */
export async function releaseProposalHolds(tx: Executor, eveningId: string, guardianId: string): Promise<void> {
  await tx.execute(sql`UPDATE evening_slots SET held_by = NULL, held_for = NULL, hold_kind = NULL, hold_expires_at = NULL,
      hold_joint_id = NULL, hold_lead_slot_id = NULL
    WHERE held_by = ${guardianId} AND evening_id = ${eveningId} AND hold_kind = 'proposal'`);
}
