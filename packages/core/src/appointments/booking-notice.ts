import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { appointments } from '@edutrack/db';
import { defineJob } from '../jobs/define-job.ts';
import { schoolOfBranch } from '../mail/school-line.ts';
import type { CoreDeps } from '../deps.ts';
import { selectAppointments } from './appointment-view.ts';
import { meetingChangeEmails, noticeOf } from './notify.ts';

/**
 * The emails of a parent's booking (their confirmation and the teacher's notice), queued by the
 * booking's own statement (book-slot.ts) and written here, by the worker, a moment later: the
 * booking commits if and only if this job does. It reads the meeting as it is now, so a booking
 * cancelled before the job ran sends nothing (its cancellation said enough).
 */
export async function sendBookingNotice(
  deps: Pick<CoreDeps, 'db' | 'mailer' | 'publicUrl' | 'clock'>,
  appointmentId: string,
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const [row] = await selectAppointments(tx, eq(appointments.id, appointmentId));
    if (!row || row.appointment.status === 'cancelled') return 'nothing to send';
    const school = await schoolOfBranch(tx, row.branch.id);
    for (const email of meetingChangeEmails(deps, 'scheduled', noticeOf(row), school))
      await deps.mailer.send(tx, email);
    return 'sent';
  });
}

export const bookingNoticeJob = defineJob({
  name: 'appointments:booking-notice',
  payload: z.object({ appointmentId: z.uuid() }),
  maxAttempts: 10,
  jobKey: { prefix: 'booking-notice:', field: 'appointmentId' },
  async run(deps, { appointmentId }, log) {
    log.debug(`booking notice ${appointmentId}: ${await sendBookingNotice(deps, appointmentId)}`);
  },
});
