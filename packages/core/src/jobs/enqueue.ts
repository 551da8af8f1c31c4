import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import { JOB, ROOM_SYNC_JOB_KEY_PREFIX, roomSyncJobKey } from './job-names.ts';

/**
 * Queues the room sync in the caller's transaction (the job row is the outbox: it commits or rolls
 * back with the appointment change). The job key collapses repeated changes into one pending job;
 * a job already running gets a fresh follow-up, since it may have read the old state.
 */
export async function enqueueRoomSync(tx: Executor, appointmentId: string): Promise<void> {
  await tx.execute(sql`
    SELECT graphile_worker.add_job(
      ${JOB.roomSync},
      json_build_object('appointmentId', ${appointmentId}::text),
      job_key := ${roomSyncJobKey(appointmentId)},
      max_attempts := 25
    )`);
}

/** The same job, as a CTE body for one statement that also writes the appointment (`source` has its `id`). */
export function roomSyncJobFrom(source: SQL): SQL {
  return sql`SELECT graphile_worker.add_job(${JOB.roomSync}, json_build_object('appointmentId', id::text),
    job_key := ${ROOM_SYNC_JOB_KEY_PREFIX} || id::text, max_attempts := 25) FROM ${source}`;
}

/**
 * Runs the reconcile sweep now rather than at the next minute: at start-up (jobs a crashed
 * process held stay locked until graphile-worker frees them; the sweep requeues their rooms).
 */
export async function enqueueReconcileNow(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT graphile_worker.add_job(${JOB.reconcileRooms}, job_key := ${JOB.reconcileRooms})`);
}

/**
 * Queues an emailed link for an address, known or not: the request does the same work either way
 * (count, queue, answer), so its timing cannot tell which addresses exist. The job finds out.
 */
export async function enqueueLinkEmail(
  tx: Executor,
  task: typeof JOB.signInLink | typeof JOB.passwordResetLink,
  email: string,
): Promise<void> {
  await tx.execute(
    sql`SELECT graphile_worker.add_job(${task}, json_build_object('email', ${email}::text), max_attempts := 5)`,
  );
}
