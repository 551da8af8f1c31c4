import { sql } from 'drizzle-orm';
import { ROOM_CLOSES_AFTER_END_MS } from '../time/meeting-window.ts';
import type { MeetingDeps } from './meeting-deps.ts';

const PARENT_WAS_IN_CALL = sql`EXISTS (SELECT 1 FROM meeting_presence p WHERE p.appointment_id = a.id AND p.kind = 'participant' AND p.role = 'guardian')`;

/** A meeting the parent was in is completed as soon as Daily says it ended. */
export async function settleAttendedMeeting(deps: MeetingDeps, appointmentId: string): Promise<void> {
  await deps.db.execute(sql`
    UPDATE appointments a SET status = 'completed', updated_at = ${deps.clock.now().toISOString()}::timestamptz
    WHERE a.id = ${appointmentId} AND a.status = 'scheduled' AND ${PARENT_WAS_IN_CALL}`);
}

/**
 * Once a meeting's room has closed, its outcome is final: completed if a parent of the child was
 * admitted into the call, otherwise a no-show (the parent never came in).
 */
export async function settleClosedMeetings(
  deps: Pick<MeetingDeps, 'db' | 'clock'>,
): Promise<{ completed: number; noShow: number }> {
  const closedBefore = new Date(deps.clock.now().getTime() - ROOM_CLOSES_AFTER_END_MS).toISOString();
  const rows = await deps.db.execute<{ status: string }>(sql`
    UPDATE appointments a
       SET status = CASE WHEN ${PARENT_WAS_IN_CALL} THEN 'completed'::appointment_status ELSE 'no_show'::appointment_status END,
           updated_at = ${deps.clock.now().toISOString()}::timestamptz
     WHERE a.status = 'scheduled' AND a.ends_at <= ${closedBefore}::timestamptz
    RETURNING a.status`);
  return {
    completed: rows.filter((r) => r.status === 'completed').length,
    noShow: rows.filter((r) => r.status === 'no_show').length,
  };
}
