import { and, eq, isNull } from 'drizzle-orm';
import { meetingInvitations } from '@edutrack/db';
import type { GuardianActor } from '../../actors.ts';
import { findVisibleAppointment } from '../../appointments/access.ts';
import type { CoreDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import { ejectInviteeJob } from './guest-jobs.ts';
import { getMeetingGuests, type MeetingGuestsView } from './invite-to-meeting.ts';
import { said } from '../../error-messages/say.ts';

/**
 * A parent of the child withdraws the invitation: its link stops working at once, and the teacher no
 * longer sees the invitee as vouched. A guest already in the call is removed (a job, so a slow video
 * service cannot fail the withdrawal). The child's other parent is not removed: as a parent of the
 * child they may join from their own app anyway (docs/decisions/006).
 */
export async function withdrawInvitation(
  deps: CoreDeps,
  guardian: GuardianActor,
  appointmentId: string,
): Promise<MeetingGuestsView> {
  const row = await findVisibleAppointment(deps.db, guardian, appointmentId);
  await deps.db.transaction(async (tx) => {
    const [withdrawn] = await tx
      .update(meetingInvitations)
      .set({ withdrawnAt: deps.clock.now() })
      .where(and(eq(meetingInvitations.appointmentId, row.appointment.id), isNull(meetingInvitations.withdrawnAt)))
      .returning({ id: meetingInvitations.id, guardianId: meetingInvitations.guardianId });
    if (!withdrawn) throw new AppError('PRECONDITION_FAILED', said('errors.guests.noneInvited'));
    if (!withdrawn.guardianId)
      await enqueueJob(tx, ejectInviteeJob, { appointmentId: row.appointment.id, invitationId: withdrawn.id });
    deps.log.info(
      { event: 'meeting-invitation-withdrawn', invitationId: withdrawn.id, appointmentId: row.appointment.id },
      'invitation withdrawn',
    );
  });
  return getMeetingGuests(deps, guardian, appointmentId);
}
