import { asc, eq } from 'drizzle-orm';
import { appointmentRooms, meetingPresence } from '@edutrack/db';
import { isAdminOf, type StaffActor } from '../actors.ts';
import { AppError } from '../errors.ts';
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

/** The teacher (or a branch admin) ends the call for everyone now. */
export async function endMeetingNow(deps: MeetingDeps, staff: StaffActor, appointmentId: string) {
  const row = await findVisibleAppointment(deps.db, staff, appointmentId);
  if (row.appointment.teacherId !== staff.id && !isAdminOf(staff, row.appointment.branchId)) {
    throw new AppError('FORBIDDEN', "Only the meeting's teacher or a branch admin can end it.");
  }
  const [room] = await deps.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, appointmentId));
  if (!room || room.status === 'deleted') return { ended: false };
  await deps.video.endCall(room.name);
  return { ended: true };
}
