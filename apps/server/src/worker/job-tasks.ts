import type { TaskList } from 'graphile-worker';
import { jobKeyOf, type JobDefinition, type MeetingDeps } from '@edutrack/core';

/**
 * graphile-worker's task list from the job definitions. A name defined twice would silently run
 * only one of its handlers, so it stops the worker from starting instead.
 */
export function taskListFor(jobs: readonly JobDefinition[], deps: MeetingDeps): TaskList {
  const tasks: TaskList = {};
  for (const job of jobs) {
    if (tasks[job.name]) throw new Error(`Two job definitions are named "${job.name}": give each job its own name.`);
    tasks[job.name] = async (payload, helpers) => {
      await job.run(deps, job.payload.parse(payload ?? {}), helpers.logger);
    };
  }
  return tasks;
}

/** Crontab lines for the scheduled jobs; the job key keeps one run at a time across every worker. */
export function crontabFor(jobs: readonly JobDefinition[]): string {
  return jobs
    .filter((job) => job.schedule)
    .map((job) => {
      const key = jobKeyOf(job, {});
      return `${job.schedule} ${job.name} ?max=1${key ? `&jobKey=${encodeURIComponent(key)}` : ''}`;
    })
    .join('\n');
}
