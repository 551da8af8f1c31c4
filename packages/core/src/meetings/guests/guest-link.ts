import { eq } from 'drizzle-orm';
import { appointments, meetingInvitations, meetingPresence } from '@edutrack/db';
import { selectAppointments, type AppointmentRow } from '../../appointments/appointment-view.ts';
import { hashOpaqueToken } from '../../auth/opaque-token.ts';
import { AppError } from '../../errors.ts';
import { meetingWindow } from '../../time/meeting-window.ts';
import { checkJoinable, issueTicket, parentCallName, type JoinTicket } from '../join-meeting.ts';
import type { MeetingDeps } from '../meeting-deps.ts';
import { findOpenInvitation, inviteeLabel, type OpenInvitation } from './open-invitation.ts';
import { said } from '../../error-messages/say.ts';

/**
 * What an invitation link opens: this one meeting's facts, a knocking token inside its window, and
 * "this knock is me". Nothing else: no session, no other meeting, no parent's data.
 */
interface LinkedMeeting {
  row: AppointmentRow;
  invitation: OpenInvitation;
}

const notValid = () => new AppError('UNAUTHORIZED', said('errors.guests.linkNotValid'));

/** The open invitation a link's token belongs to, and its meeting; withdrawn or unknown tokens are refused. */
async function linkedMeeting(deps: MeetingDeps, token: string): Promise<LinkedMeeting> {
  const [stored] = await deps.db
    .select({ appointmentId: meetingInvitations.appointmentId, id: meetingInvitations.id })
    .from(meetingInvitations)
    .where(eq(meetingInvitations.tokenHash, hashOpaqueToken(token)));
  if (!stored) throw notValid();
  const [row] = await selectAppointments(deps.db, eq(appointments.id, stored.appointmentId));
  const invitation =
    row && (await findOpenInvitation(deps.db, { appointmentId: row.appointment.id, branchId: row.branch.id }));
  if (!row || invitation?.id !== stored.id) throw notValid();
  return { row, invitation };
}

/** Who the invitee is in the call: the other parent as a parent, a guest under the label the teacher sees. */
function callIdentity({ row, invitation }: LinkedMeeting) {
  return invitation.guardianId
    ? {
        role: 'guardian' as const,
        userId: invitation.guardianId,
        userName: parentCallName(invitation.guardianName ?? invitation.roleLabel, row),
      }
    : { role: 'invitee' as const, userId: invitation.id, userName: inviteeLabel(invitation) };
}

/**
 * The link's landing page: the meeting and when its room opens. A cancelled or finished meeting says
 * so (its link has stopped working); before the window the page shows when to come back.
 */
export async function previewInvitation(deps: MeetingDeps, token: string) {
  const linked = await linkedMeeting(deps, token);
  const { row, invitation } = linked;
  const window = meetingWindow(row.appointment);
  // Checked as if the room were open, so only "not open yet" passes: the page says when it opens.
  const now = deps.clock.now();
  checkJoinable(row, now < window.opensAt ? window.opensAt : now);
  return {
    teacher: { displayName: row.teacher.displayName },
    student: { name: row.student.name },
    invitedBy: invitation.invitedByName,
    youJoinAs: callIdentity(linked).userName,
    startsAt: row.appointment.startsAt.toISOString(),
    endsAt: row.appointment.endsAt.toISOString(),
    timeZone: row.branch.timeZone,
    joinOpensAt: window.opensAt.toISOString(),
    joinClosesAt: window.closesAt.toISOString(),
  };
}

/** A knocking token for the invitee, only inside the meeting's window (the same rules as a parent's). */
export async function joinAsInvitee(deps: MeetingDeps, token: string): Promise<JoinTicket> {
  const linked = await linkedMeeting(deps, token);
  return issueTicket(deps, linked.row, callIdentity(linked));
}

/** Right after knocking: "this lobby session is the invitee", so the teacher sees who they are at once. */
export async function recordInviteeKnock(deps: MeetingDeps, input: { token: string; sessionId: string }) {
  const linked = await linkedMeeting(deps, input.token);
  checkJoinable(linked.row, deps.clock.now());
  const who = callIdentity(linked);
  await deps.db
    .insert(meetingPresence)
    .values({
      appointmentId: linked.row.appointment.id,
      kind: 'waiting',
      sessionId: input.sessionId,
      role: who.role,
      userId: who.userId,
      userName: who.userName,
      joinedAt: deps.clock.now(),
    })
    .onConflictDoNothing();
  return { recorded: true };
}
