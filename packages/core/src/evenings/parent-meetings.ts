import { sql } from 'drizzle-orm';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { parentMayChange } from './evening-rules.ts';
import type { ParentMeeting } from './evening-types.ts';
import type { LoadedEvening } from './load-evening.ts';

/** The parent's own active meetings at this evening, in time order, with every teacher in each. */
export async function listParentMeetings(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  guardian: GuardianActor,
  loaded: LoadedEvening,
): Promise<ParentMeeting[]> {
  const rows = await deps.db.execute<{
    id: string;
    evening_slot_id: string | null;
    student_id: string;
    student_name: string;
    starts_at: string;
    ends_at: string;
    session_id: string | null;
    teachers: { id: string; displayName: string }[];
  }>(sql`
    SELECT a.id, a.evening_slot_id, a.student_id, st.name AS student_name, a.starts_at, a.ends_at, s.session_id,
      (SELECT json_agg(json_build_object('id', su.id, 'displayName', su.display_name) ORDER BY su.id = a.teacher_id DESC, su.display_name)
        FROM appointment_teachers at JOIN staff_users su ON su.id = at.teacher_id WHERE at.appointment_id = a.id) AS teachers
    FROM appointments a JOIN students st ON st.id = a.student_id
    LEFT JOIN evening_slots s ON s.id = a.evening_slot_id
    WHERE a.evening_id = ${loaded.evening.id} AND a.guardian_id = ${guardian.id} AND a.status <> 'cancelled' AND a.ended_at IS NULL
    ORDER BY a.starts_at`);
  const now = deps.clock.now();
  return rows.map((r) => {
    const startsAt = new Date(r.starts_at);
    const session = loaded.sessions.find((s) => s.id === r.session_id) ?? loaded.sessions[0]!;
    return {
      appointmentId: r.id,
      slotId: r.evening_slot_id,
      studentId: r.student_id,
      studentName: r.student_name,
      teachers: r.teachers,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(r.ends_at).toISOString(),
      canCancel: parentMayChange(loaded.evening, session, startsAt, now),
    };
  });
}
