import { and, eq } from 'drizzle-orm';
import { appointmentRooms, meetingPresence } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import type { AppointmentRow } from '../appointments/appointment-view.ts';
import { AppError } from '../errors.ts';
import { checkJoinable, issueTicket, type JoinTicket, parentIdentity } from './join-meeting.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { recordProviderStay } from './record-provider-stay.ts';
import { meetingWindow } from '../time/meeting-window.ts';
import { said } from '../error-messages/say.ts';

/**
 * A parent whose connection dropped comes back without knocking again, if the teacher already let
 * them into this meeting: Daily recorded them in the call, under this parent's own id from the token
 * we minted. Daily's word comes from its `participant.joined` webhook (a row confirmed by Daily) or,
 * when that has not arrived, from its own record of the room's calls (`GET /meetings?room=…`, whose
 * participants are people in the call, not knockers in the lobby); that answer is written down so the
 * next rejoin needs no look-up. The parent app's word alone (its knock claim) never counts.
 * The new token has no `knocking`, which Daily lets skip the lobby; it works only inside the meeting's
 * window, like every token. A meeting the teacher ended is closed (checkJoinable), so this never reopens it.
 */
export async function rejoinAsParent(
  deps: MeetingDeps,
  guardian: GuardianActor,
  appointmentId: string,
): Promise<JoinTicket> {
  const row = await findVisibleAppointment(deps.db, guardian, appointmentId);
  // Outside the window nothing is asked of Daily.
  checkJoinable(row, deps.clock.now());
  if (!(await admittedOnRecord(deps, appointmentId, guardian.id)) && !(await admittedByDaily(deps, row, guardian.id))) {
    throw new AppError('PRECONDITION_FAILED', said('errors.rejoin.notAdmitted', { teacher: row.teacher.displayName }));
  }
  return issueTicket(deps, row, parentIdentity(guardian, row), { admitted: true });
}

async function admittedOnRecord(deps: MeetingDeps, appointmentId: string, guardianId: string): Promise<boolean> {
  const [admitted] = await deps.db
    .select({ id: meetingPresence.id })
    .from(meetingPresence)
    .where(
      and(
        eq(meetingPresence.appointmentId, appointmentId),
        eq(meetingPresence.kind, 'participant'),
        eq(meetingPresence.role, 'guardian'),
        eq(meetingPresence.userId, guardianId),
        eq(meetingPresence.confirmedByDaily, true),
      ),
    )
    .limit(1);
  return admitted !== undefined;
}

/** No webhook yet: ask Daily who was in this room's calls, and keep what it says about this parent. */
async function admittedByDaily(deps: MeetingDeps, row: AppointmentRow, guardianId: string): Promise<boolean> {
  const [room] = await deps.db
    .select({ name: appointmentRooms.name, status: appointmentRooms.status })
    .from(appointmentRooms)
    .where(eq(appointmentRooms.appointmentId, row.appointment.id));
  if (!room || room.status === 'deleted') return false;
  const attendance = await deps.video.callAttendance(room.name).catch(() => {
    // Not a refusal: the parent app keeps trying, and Daily may answer next time.
    throw new AppError('SERVICE_UNAVAILABLE', said('errors.videoServiceUnreachable'));
  });
  // Only this window's calls: a meeting moved to another time keeps its room, not its admissions.
  const opensAt = meetingWindow(row.appointment).opensAt;
  const stays = attendance.filter((stay) => stay.userId === guardianId && stay.joinedAt >= opensAt);
  for (const stay of stays) await recordProviderStay(deps, row.appointment.id, stay);
  return stays.length > 0 && (await admittedOnRecord(deps, row.appointment.id, guardianId));
}
