import { and, asc, eq, isNull } from 'drizzle-orm';
import { meetingPresence } from '@edutrack/db';
import type { GuardianActor, StaffActor } from '../actors.ts';
import { AppError } from '../errors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { checkJoinable } from './join-meeting.ts';

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
      userName: `${row.guardian.name} (parent of ${row.student.name})`,
      joinedAt: deps.clock.now(),
    })
    .onConflictDoNothing();
  return { recorded: true };
}

/** Lobby sessions the server can vouch for, for the teacher's waiting list. */
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
        eq(meetingPresence.role, 'guardian'),
        isNull(meetingPresence.leftAt),
      ),
    )
    .orderBy(asc(meetingPresence.joinedAt));
  // Rows with the guardian role always carry the parent's id (it is how they got the role).
  return rows.flatMap((r) =>
    r.userId
      ? [
          {
            sessionId: r.sessionId,
            guardianId: r.userId,
            name: r.userName ?? row.guardian.name,
            isExpectedParent: r.userId === row.appointment.guardianId,
            since: r.joinedAt.toISOString(),
          },
        ]
      : [],
  );
}
