/**
 * Task identifiers shared by the code that enqueues and the worker that runs them.
 * `room.sync` makes the appointment's Daily room match the appointment as it is when the job runs.
 */
export const JOB = {
  roomSync: 'room.sync',
} as const;

export const roomSyncJobKey = (appointmentId: string) => `room-sync:${appointmentId}`;
