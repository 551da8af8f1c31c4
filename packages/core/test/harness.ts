import { sql } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import { outboxEmails } from '@edutrack/db';
import { passwordResetLinkJob, sendPasswordResetLink, sendSignInLink, signInLinkJob } from '../src/index.ts';
import { minutesAfterTestNow, useSchoolHarness, type SchoolHarness } from '../src/testing/school-harness.ts';

export interface Harness extends SchoolHarness {
  outbox(): Promise<(typeof outboxEmails.$inferSelect)[]>;
  /** The last mail to each address among the newest `n` outbox rows. */
  lastMailTo(address: string): Promise<typeof outboxEmails.$inferSelect>;
  /** The outbox rows that have a queued delivery job. */
  mailJobs(): Promise<string[]>;
  roomSyncJobs(): Promise<{ appointmentId: string; key: string }[]>;
  /** Runs the queued emailed-link jobs through their handlers (what the worker does), then removes them. */
  deliverLinks(): Promise<void>;
}

/** The school harness plus looks at what the services queued (mail, jobs). */
export function useHarness(): Harness {
  const h = useSchoolHarness() as Harness;
  beforeAll(() => {
    h.outbox = () => h.testDb.db.select().from(outboxEmails).orderBy(outboxEmails.createdAt);
    h.lastMailTo = async (address) => {
      const mail = (await h.outbox()).filter((m) => m.toAddress === address).at(-1);
      if (!mail) throw new Error(`no mail to ${address}`);
      return mail;
    };
    h.mailJobs = async () => {
      const rows = await h.testDb.db.execute<{ id: string }>(
        sql`SELECT substr(key, 6) AS id FROM graphile_worker.jobs WHERE task_identifier = 'mail:deliver'`,
      );
      return rows.map((r) => r.id);
    };
    h.deliverLinks = async () => {
      const jobs = await h.testDb.db.execute<{ id: string; task: string; payload: { email: string } }>(
        sql`SELECT j.id::text, t.identifier AS task, j.payload FROM graphile_worker._private_jobs j
          JOIN graphile_worker._private_tasks t ON t.id = j.task_id
          WHERE t.identifier IN (${signInLinkJob.name}, ${passwordResetLinkJob.name}) ORDER BY j.id`,
      );
      for (const job of jobs) {
        await (job.task === signInLinkJob.name ? sendSignInLink : sendPasswordResetLink)(h.deps, job.payload);
        await h.testDb.db.execute(sql`SELECT graphile_worker.complete_jobs(ARRAY[${job.id}::bigint])`);
      }
    };
    h.roomSyncJobs = async () => {
      const rows = await h.testDb.db.execute<{ key: string }>(
        sql`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'room:sync'`,
      );
      return rows.map((r) => ({ appointmentId: r.key.replace('room-sync:', ''), key: r.key }));
    };
  });
  return h;
}

/** A time `minutes` after the harness's fixed now. */
export const later = minutesAfterTestNow;
