import { and, eq, inArray } from 'drizzle-orm';
import { eveningSlots, eveningTeachers, type Executor } from '@edutrack/db';
import type { EveningRow, SessionRow } from './load-evening.ts';

const MINUTE = 60_000;

/** The slot times of one session: back to back with the gap, the last one ending by the session's end. */
export function slotTimes(session: Pick<SessionRow, 'startsAt' | 'endsAt'>, slotMinutes: number, gapMinutes: number) {
  const out: { startsAt: Date; endsAt: Date }[] = [];
  const step = (slotMinutes + gapMinutes) * MINUTE;
  for (let t = session.startsAt.getTime(); t + slotMinutes * MINUTE <= session.endsAt.getTime(); t += step) {
    out.push({ startsAt: new Date(t), endsAt: new Date(t + slotMinutes * MINUTE) });
  }
  return out;
}

/**
 * Writes the slots of the given teachers from the evening's grid and their overrides (slot length,
 * sessions). Callers delete a teacher's old slots first and only while none is booked.
 */
export async function materialiseSlots(
  tx: Executor,
  evening: EveningRow,
  sessions: SessionRow[],
  teacherIds: string[],
): Promise<void> {
  if (!teacherIds.length) return;
  const settings = await tx
    .select()
    .from(eveningTeachers)
    .where(and(eq(eveningTeachers.eveningId, evening.id), inArray(eveningTeachers.teacherId, teacherIds)));
  const rows: (typeof eveningSlots.$inferInsert)[] = [];
  for (const t of settings) {
    for (const session of sessions) {
      if (t.sessionIds && !t.sessionIds.includes(session.id)) continue;
      for (const time of slotTimes(session, t.slotMinutes ?? evening.slotMinutes, evening.gapMinutes)) {
        rows.push({ eveningId: evening.id, sessionId: session.id, teacherId: t.teacherId, ...time });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(eveningSlots).values(rows.slice(i, i + 1000));
}
