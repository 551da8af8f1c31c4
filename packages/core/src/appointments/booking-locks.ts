import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';

/**
 * Serialises writes that involve the same teacher or parent, always locking in the same order.
 * Without this, two bookings that clash on both exclusion constraints wait on each other's
 * uncommitted rows in opposite orders and Postgres only breaks the deadlock after deadlock_timeout
 * (1 s). With it, the second waits a few milliseconds and then sees a clean conflict.
 */
export async function lockBookingParties(tx: Executor, ...ids: string[]): Promise<void> {
  const [first, second] = [...new Set(ids)].sort();
  // One round trip. Postgres evaluates a plain target list left to right; should it ever not, the
  // result is a deadlock Postgres detects and transact() retries, not a wrong booking.
  await tx.execute(
    second
      ? sql`SELECT pg_advisory_xact_lock(hashtextextended(${first}, 0)), pg_advisory_xact_lock(hashtextextended(${second}, 0))`
      : sql`SELECT pg_advisory_xact_lock(hashtextextended(${first}, 0))`,
  );
}
