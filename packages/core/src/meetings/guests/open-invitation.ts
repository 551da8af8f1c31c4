import { and, eq, isNull, sql } from 'drizzle-orm';
import { branches, meetingInvitations, schoolGuardians, type Executor } from '@edutrack/db';

/** A meeting's open invitation, with the inviting parent as the meeting's school knows them. */
export interface OpenInvitation {
  id: string;
  appointmentId: string;
  guardianId: string | null;
  email: string;
  roleLabel: string;
  invitedById: string;
  /** The inviter's name in the meeting's school's record (docs/decisions/013-guardian-tenancy.md). */
  invitedByName: string;
  /** The other parent's name in that record, when the invitee is the other parent. */
  guardianName: string | null;
  createdAt: Date;
}

/**
 * The name a branch's school gave a parent (an invitation's column, named in full: drizzle leaves a
 * one-table select's columns unqualified, which inside this subquery would mean school_guardians'),
 * as a scalar subquery.
 */
const schoolNameOf = (branchId: string, column: 'invited_by_id' | 'guardian_id') =>
  sql<string | null>`(SELECT ${schoolGuardians.name} FROM ${schoolGuardians}
    WHERE ${schoolGuardians.guardianId} = ${sql.raw(`"meeting_invitations"."${column}"`)}
      AND ${schoolGuardians.schoolId} = (SELECT ${branches.schoolId} FROM ${branches} WHERE ${branches.id} = ${branchId}))`;

/** A meeting's invitations (withdrawn ones too, unless only the open one is asked for). */
async function selectInvitations(
  db: Executor,
  meeting: { appointmentId: string; branchId: string },
  only: 'open' | 'all',
): Promise<OpenInvitation[]> {
  const rows = await db
    .select({
      id: meetingInvitations.id,
      appointmentId: meetingInvitations.appointmentId,
      guardianId: meetingInvitations.guardianId,
      email: meetingInvitations.email,
      roleLabel: meetingInvitations.roleLabel,
      invitedById: meetingInvitations.invitedById,
      invitedByName: schoolNameOf(meeting.branchId, 'invited_by_id'),
      guardianName: schoolNameOf(meeting.branchId, 'guardian_id'),
      createdAt: meetingInvitations.createdAt,
    })
    .from(meetingInvitations)
    .where(
      and(
        eq(meetingInvitations.appointmentId, meeting.appointmentId),
        only === 'open' ? isNull(meetingInvitations.withdrawnAt) : undefined,
      ),
    );
  return rows.map((row) => ({ ...row, invitedByName: row.invitedByName ?? 'a parent' }));
}

/** The meeting's one open (not withdrawn) invitation, or null. */
export async function findOpenInvitation(
  db: Executor,
  meeting: { appointmentId: string; branchId: string },
): Promise<OpenInvitation | null> {
  return (await selectInvitations(db, meeting, 'open'))[0] ?? null;
}

/** Every invitation of the meeting by id, as the teacher saw it ("Interpreter, invited by Li Chen"). */
export async function invitationLabels(
  db: Executor,
  meeting: { appointmentId: string; branchId: string },
): Promise<Map<string, string>> {
  return new Map((await selectInvitations(db, meeting, 'all')).map((i) => [i.id, inviteeLabel(i)]));
}

/** "Interpreter, invited by Li Chen": how the teacher sees an invitee (server-vouched). */
export const inviteeLabel = (invitation: Pick<OpenInvitation, 'roleLabel' | 'invitedByName'>) =>
  `${invitation.roleLabel}, invited by ${invitation.invitedByName}`;
