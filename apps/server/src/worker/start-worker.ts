import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, run, type Runner, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { ALL_JOBS, enqueueJob, reconcileRoomsJob, type JobDefinition, type MeetingDeps } from '@edutrack/core';
import { crontabFor, taskListFor } from './job-tasks.ts';
import { trackWorkerLiveness } from './worker-liveness.ts';

export interface WorkerOptions {
  databaseUrl: string;
  concurrency: number;
  deps: MeetingDeps;
  /** The jobs this worker runs (all of them unless a test says otherwise). */
  jobs?: readonly JobDefinition[];
  log: Logger;
  /** Silence after which another process frees a worker's jobs (default 60 s). */
  deadAfterSeconds?: number;
}

export interface RunningWorker {
  runner: Runner;
  stop(): Promise<void>;
}

/**
 * The job worker. It runs inside the server process by default and as `pnpm worker` on its own;
 * any number of them may run against one database (graphile-worker locks each job).
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log.child({ component: 'worker' });
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.concurrency + 2 });
  // An idle connection dropped by a database restart must not crash the process; the worker reconnects.
  const connectionLost = (err: Error & { code?: string }) =>
    log.warn({ code: err.code, message: err.message }, 'worker database connection lost');
  pool.on('error', connectionLost);
  pool.on('connect', (client) => client.on('error', connectionLost));
  const jobs = options.jobs ?? ALL_JOBS;
  const crontab = crontabFor(jobs);
  const events: WorkerEvents = new EventEmitter();
  const liveness = trackWorkerLiveness(pool, events, log, options.deadAfterSeconds);
  const runner = await run({
    events,
    pgPool: pool,
    concurrency: options.concurrency,
    taskList: taskListFor(jobs, options.deps),
    // Without a crontab graphile-worker would look for a ./crontab file.
    ...(crontab ? { crontab } : { parsedCronItems: [] }),
    noHandleSignals: true,
    pollInterval: 1000,
    // graphile-worker reports every job at info; that is debug for us (failures stay warnings/errors).
    // Only a job's id, task and attempts are logged, never its payload.
    logger: new WorkerLogger(() => (level, message, meta) => {
      // LogLevel is an ambient const enum, which isolated modules cannot read: compare its string values.
      const severity: string = level;
      const method = severity === 'error' ? 'error' : severity === 'warning' ? 'warn' : 'debug';
      const job = (meta as { job?: { id: string; task_identifier: string; attempts: number } } | undefined)?.job;
      log[method](job ? { job: { id: job.id, task: job.task_identifier, attempts: job.attempts } } : {}, message);
    }),
  });
  // After a crash the jobs the old process held stay locked until they are freed (about a minute,
  // worker-liveness.ts); the sweep requeues their rooms' work now instead.
  if (jobs.includes(reconcileRoomsJob)) await enqueueJob(options.deps.db, reconcileRoomsJob, {});
  return {
    runner,
    async stop() {
      await runner.stop();
      await liveness.stop();
      await pool.end();
    },
  };
}
