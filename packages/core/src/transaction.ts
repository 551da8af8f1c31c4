import type { Database, Transaction } from '@edutrack/db';
import { postgresErrorOf } from './db-errors.ts';

const RETRYABLE = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure
const MAX_ATTEMPTS = 6;

/**
 * Runs a transaction, retrying it when Postgres aborts it for a deadlock or serialization failure.
 * Two exclusion constraints (teacher and parent) make concurrent inserts wait on each other in
 * either order, so a rush of bookings can deadlock; the retry then sees the winner's committed row
 * and fails with a clean conflict instead.
 */
export function transact<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return retryingConflicts(() => db.transaction(work));
}

/** The same retry for work that is one statement (its own implicit transaction). */
export async function retryingConflicts<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = postgresErrorOf(error)?.code;
      if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
