import { and, asc, eq, sql } from 'drizzle-orm';
import { branches, meetingPresence, schoolGuardians, staffUsers } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { invitationLabels } from './guests/open-invitation.ts';

/** Who joined the call and the lobby, when, and for how long (the teacher's and admins' record). */
export async function getAttendance(deps: MeetingDeps, staff: StaffActor, appointmentId: string) {
  const meeting = await findVisibleAppointment(deps.db, staff, appointmentId);
  // A vouched person is shown by their name on file: the name in their meeting token says more
  // ("Li Chen (parent of Maya Chen)") than a row that already has a role column needs. A parent's name
  // is the one the meeting's school gave them (docs/decisions/013-guardian-tenancy.md).
  const rows = await deps.db
    .select({ presence: meetingPresence, guardianName: schoolGuardians.name, staffName: staffUsers.displayName })
    .from(meetingPresence)
    .leftJoin(
      schoolGuardians,
      and(
        eq(meetingPresence.role, 'guardian'),
        eq(schoolGuardians.guardianId, meetingPresence.userId),
        eq(
          schoolGuardians.schoolId,
          sql`(SELECT ${branches.schoolId} FROM ${branches} WHERE ${branches.id} = ${meeting.branch.id})`,
        ),
      ),
    )
    .leftJoin(staffUsers, and(eq(meetingPresence.role, 'teacher'), eq(staffUsers.id, meetingPresence.userId)))
    .where(eq(meetingPresence.appointmentId, appointmentId))
    .orderBy(asc(meetingPresence.joinedAt));
  // A parent's invitee by what they were invited as, and by whom.
  const invitees = await invitationLabels(deps.db, { appointmentId, branchId: meeting.branch.id });
  return rows.map(({ presence: r, guardianName, staffName }) => ({
    kind: r.kind,
    role: r.role,
    name: guardianName ?? staffName ?? (r.role === 'invitee' && r.userId ? invitees.get(r.userId) : null) ?? r.userName,
    joinedAt: r.joinedAt.toISOString(),
    leftAt: r.leftAt?.toISOString() ?? null,
    durationSeconds: r.durationSeconds,
    confirmedByDaily: r.confirmedByDaily,
  }));
}
