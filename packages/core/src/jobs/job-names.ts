/**
 * Task identifiers (no dots: graphile-worker's crontab refuses them) shared by the code that enqueues and the worker that runs them.
 * `room:sync` makes the appointment's Daily room match the appointment as it is when the job runs.
 */
export const JOB = {
  roomSync: 'room:sync',
  /** The periodic sweep (crontab): rooms both ways, and meeting outcomes. */
  reconcileRooms: 'rooms:reconcile',
  /** Applies one stored Daily webhook event to attendance. */
  dailyWebhook: 'daily:webhook',
  /** Mails a parent a sign-in link if the address belongs to one (queued for every accepted request). */
  signInLink: 'auth:sign-in-link',
  /** Mails a staff member a password reset link if the address belongs to one. */
  passwordResetLink: 'auth:password-reset-link',
} as const;

export const ROOM_SYNC_JOB_KEY_PREFIX = 'room-sync:';
export const roomSyncJobKey = (appointmentId: string) => `${ROOM_SYNC_JOB_KEY_PREFIX}${appointmentId}`;
