import { eq } from 'drizzle-orm';
import { appointmentRooms } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import { toAppointmentView } from '../appointments/appointment-view.ts';
import type { MeetingDeps } from './meeting-deps.ts';

/**
 * Whether the appointment's teacher is in the call, for the parent's knock screen ("Ms. Rivera is not
 * here yet"). It comes from the server, not from the lobby: Daily says lobby members are "connected but
 * hidden from other participants" (waiting-room guide), so what a knocker's call object sees of the call
 * is undocumented. The provider's presence is matched on the user id in the teacher's owner token.
 */
export async function isTeacherInCall(deps: MeetingDeps, guardian: GuardianActor, appointmentId: string) {
  const row = await findVisibleAppointment(deps.db, guardian, appointmentId);
  // The waiting screen asks every few seconds anyway: it also learns here that the teacher is running late.
  const { runningLate } = toAppointmentView(row, guardian, deps.clock);
  const [room] = await deps.db
    .select({ name: appointmentRooms.name, status: appointmentRooms.status })
    .from(appointmentRooms)
    .where(eq(appointmentRooms.appointmentId, appointmentId));
  if (!room || room.status === 'deleted') return { teacherPresent: false, runningLate };
  const present = await deps.video.presentUserIds(room.name);
  return { teacherPresent: present.includes(row.appointment.teacherId), runningLate };
}
