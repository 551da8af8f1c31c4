import type { z } from 'zod';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';

/** What a handler may tell the worker's log (never a payload: it can name people). */
export interface JobLog {
  debug(message: string): void;
  info(message: string): void;
}

/**
 * One background job, defined once: the code that enqueues it and the worker that runs it both use
 * this object, so the name, the payload's shape and the retry budget cannot drift apart.
 */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  /** graphile-worker task identifier (no dots: its crontab refuses them). */
  name: string;
  payload: Schema;
  /** Attempts before graphile-worker gives up (it retries with exponential backoff). */
  maxAttempts: number;
  /**
   * Collapses repeated enqueues of the same work into one pending job: the key is `prefix` followed
   * by the payload's `field` (or `prefix` alone: one pending job at all). A job already running gets
   * a fresh follow-up, since it may have read the old state.
   */
  jobKey?: { prefix: string; field?: keyof z.infer<Schema> & string };
  /** Also run on this crontab schedule (e.g. `* * * * *`), one run at a time across every worker. */
  schedule?: string;
  /** Re-reads current state, so a retried, duplicated or late job does the right thing; a throw retries. */
  run(deps: MeetingDeps, payload: z.infer<Schema>, log: JobLog): Promise<unknown>;
}

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}

export function jobKeyOf<Schema extends z.ZodType>(
  job: JobDefinition<Schema>,
  payload: z.infer<Schema>,
): string | null {
  if (!job.jobKey) return null;
  const { prefix, field } = job.jobKey;
  return field === undefined ? prefix : `${prefix}${String(payload[field])}`;
}
