import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Job workers alive right now: every running worker process beats here for each of its graphile-worker
 * ids. A worker whose beat stopped (kill -9, a lost machine) has its locked jobs freed by the others
 * (apps/server/src/worker/worker-liveness.ts).
 */
export const workerHeartbeats = pgTable('worker_heartbeats', {
  workerId: text('worker_id').primaryKey(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
});
