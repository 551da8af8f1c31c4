import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '@edutrack/db';
import { jobKeyOf, type JobDefinition } from './define-job.ts';

/**
 * Queues a job in the caller's transaction: the job row is the outbox, so it commits or rolls back
 * with the change that needs it. The payload is checked against the job's schema before it is stored.
 */
export async function enqueueJob<Schema extends z.ZodType>(
  tx: Executor,
  job: JobDefinition<Schema>,
  payload: z.input<Schema>,
  options: { runAt?: Date } = {},
): Promise<void> {
  const parsed = job.payload.parse(payload);
  await tx.execute(sql`
    SELECT graphile_worker.add_job(
      ${job.name},
      ${JSON.stringify(parsed ?? {})}::json,
      run_at := ${options.runAt?.toISOString() ?? null}::timestamptz,
      max_attempts := ${job.maxAttempts}::int,
      job_key := ${jobKeyOf(job, parsed)}::text
    )`);
}

/**
 * The same, as the body of a CTE that queues one job per row of `source` within the statement that
 * writes those rows. `fields` gives each payload field as an SQL expression over `source`'s columns.
 */
export function enqueueJobPerRow<Schema extends z.ZodType>(
  job: JobDefinition<Schema>,
  source: SQL,
  fields: Record<keyof z.infer<Schema> & string, SQL>,
): SQL {
  const entries: [string, SQL][] = Object.entries(fields);
  const payload = sql.join(
    entries.map(([name, value]) => sql`${name}::text, ${value}`),
    sql`, `,
  );
  const { prefix, field } = job.jobKey ?? {};
  const key =
    prefix === undefined
      ? sql`NULL::text`
      : field === undefined
        ? sql`${prefix}::text`
        : sql`${prefix}::text || ${fields[field]}`;
  return sql`SELECT graphile_worker.add_job(${job.name}, json_build_object(${payload}),
    max_attempts := ${job.maxAttempts}::int, job_key := ${key}) FROM ${source}`;
}
