import { and, eq } from 'drizzle-orm';
import { meetingPresence } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import { AppError } from '../errors.ts';
import { issueTicket, type JoinTicket, parentIdentity } from './join-meeting.ts';
import type { MeetingDeps } from './meeting-deps.ts';

/**
 * A parent whose connection dropped comes back without knocking again, if the teacher already let
 * them into this meeting: Daily recorded them in the call (a participant webhook, so a row confirmed
 * by Daily, under this parent's own id from the token we minted). The new token has no `knocking`,
 * which Daily lets skip the lobby; it works only inside the meeting's window, like every token.
 * A meeting the teacher ended is closed (checkJoinable), so this never reopens it.
 */
export async function rejoinAsParent(
  deps: MeetingDeps,
  guardian: GuardianActor,
  appointmentId: string,
): Promise<JoinTicket> {
  const row = await findVisibleAppointment(deps.db, guardian, appointmentId);
  const [admitted] = await deps.db
    .select({ id: meetingPresence.id })
    .from(meetingPresence)
    .where(
      and(
        eq(meetingPresence.appointmentId, appointmentId),
        eq(meetingPresence.kind, 'participant'),
        eq(meetingPresence.role, 'guardian'),
        eq(meetingPresence.userId, guardian.id),
        eq(meetingPresence.confirmedByDaily, true),
      ),
    )
    .limit(1);
  if (!admitted) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `${row.teacher.displayName} hasn't let you into this meeting yet. Knock again, and wait to be let in.`,
    );
  }
  return issueTicket(deps, row, parentIdentity(guardian, row), { admitted: true });
}
