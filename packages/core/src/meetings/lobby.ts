import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { meetingPresence } from '@edutrack/db';
import type { GuardianActor, StaffActor } from '../actors.ts';
import { AppError } from '../errors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { checkJoinable, parentCallName } from './join-meeting.ts';
import { findOpenInvitation } from './guests/open-invitation.ts';

/**
 * The parent app says which lobby session is theirs right after knocking. The claim comes from a
 * signed-in parent of the child, so the teacher can be shown "expected parent" at once instead of
 * waiting for Daily's webhook (which confirms it later, or may not come at all).
 */
export async function recordKnock(
  deps: MeetingDeps,
  guardian: GuardianActor,
  input: { appointmentId: string; sessionId: string },
) {
  const row = await findVisibleAppointment(deps.db, guardian, input.appointmentId);
  checkJoinable(row, deps.clock.now());
  await deps.db
    .insert(meetingPresence)
    .values({
      appointmentId: row.appointment.id,
      kind: 'waiting',
      sessionId: input.sessionId,
      role: 'guardian',
      userId: guardian.id,
      userName: parentCallName(row.guardian.name, row),
      joinedAt: deps.clock.now(),
    })
    .onConflictDoNothing();
  return { recorded: true };
}

/**
 * Lobby sessions the server can vouch for, for the teacher's waiting list: parents of the child, and
 * the person a parent invited while the invitation is open (withdrawn, they are unknown again).
 */
export async function listVouchedKnockers(deps: MeetingDeps, staff: StaffActor, appointmentId: string) {
  const row = await findVisibleAppointment(deps.db, staff, appointmentId);
  if (row.appointment.teacherId !== staff.id)
    throw new AppError('FORBIDDEN', `Only ${row.teacher.displayName} can see who is waiting.`);
  const rows = await deps.db
    .select()
    .from(meetingPresence)
    .where(
      and(
        eq(meetingPresence.appointmentId, appointmentId),
        eq(meetingPresence.kind, 'waiting'),
        inArray(meetingPresence.role, ['guardian', 'invitee']),
        isNull(meetingPresence.leftAt),
      ),
    )
    .orderBy(asc(meetingPresence.joinedAt));
  const invitation = await findOpenInvitation(deps.db, { appointmentId, branchId: row.branch.id });
  // Vouched rows always carry the token's user id (it is how they got the role).
  return rows.flatMap((r) => {
    if (!r.userId) return [];
    const invitee = r.role === 'invitee';
    if (invitee && invitation?.id !== r.userId) return [];
    const invited = invitee || (invitation !== null && invitation.guardianId === r.userId);
    return [
      {
        sessionId: r.sessionId,
        userId: r.userId,
        role: invitee ? ('invitee' as const) : ('guardian' as const),
        // The name in their token: what the teacher's lobby shows and matches on (decision 012).
        name: r.userName ?? row.guardian.name,
        isExpectedParent: r.userId === row.appointment.guardianId,
        invitedBy: invited ? invitation!.invitedByName : null,
        /** What a parent invited them as ("Interpreter"); null for a parent. */
        roleLabel: invitee ? invitation!.roleLabel : null,
        since: r.joinedAt.toISOString(),
      },
    ];
  });
}
