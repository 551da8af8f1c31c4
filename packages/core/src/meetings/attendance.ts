import { asc, eq } from 'drizzle-orm';
import { meetingPresence } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import type { MeetingDeps } from './meeting-deps.ts';

/** Who joined the call and the lobby, when, and for how long (the teacher's and admins' record). */
export async function getAttendance(deps: MeetingDeps, staff: StaffActor, appointmentId: string) {
  await findVisibleAppointment(deps.db, staff, appointmentId);
  const rows = await deps.db
    .select()
    .from(meetingPresence)
    .where(eq(meetingPresence.appointmentId, appointmentId))
    .orderBy(asc(meetingPresence.joinedAt));
  return rows.map((r) => ({
    kind: r.kind,
    role: r.role,
    name: r.userName,
    joinedAt: r.joinedAt.toISOString(),
    leftAt: r.leftAt?.toISOString() ?? null,
    durationSeconds: r.durationSeconds,
    confirmedByDaily: r.confirmedByDaily,
  }));
}
