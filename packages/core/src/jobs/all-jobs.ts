import { bookingNoticeJob } from '../appointments/booking-notice.ts';
import { signInLinkJob } from '../auth/magic-link.ts';
import { eveningWaitlistJob } from '../evenings/waitlist-offers.ts';
import { passwordResetLinkJob } from '../auth/password-reset.ts';
import { mailDeliveryJob } from '../mail/mail-jobs.ts';
import { checkWebhookJob, dailyWebhookJob, reconcileRoomsJob, roomSyncJob } from '../meetings/meeting-jobs.ts';
import { ejectInviteeJob } from '../meetings/guests/guest-jobs.ts';
import { pushDeliveryJob } from '../push/push-jobs.ts';
import { reminderPlanJob, reminderSendJob } from '../reminders/reminder-jobs.ts';
import type { JobDefinition } from './define-job.ts';

/** Every job the worker runs. The worker refuses to start if two share a name. */
export const ALL_JOBS: readonly JobDefinition[] = [
  roomSyncJob,
  reconcileRoomsJob,
  dailyWebhookJob,
  signInLinkJob,
  passwordResetLinkJob,
  checkWebhookJob,
  mailDeliveryJob,
  reminderPlanJob,
  reminderSendJob,
  pushDeliveryJob,
  eveningWaitlistJob,
  ejectInviteeJob,
  bookingNoticeJob,
];
