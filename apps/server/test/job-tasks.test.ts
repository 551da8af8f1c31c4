import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ALL_JOBS, checkWebhookJob, defineJob, reconcileRoomsJob, type MeetingDeps } from '@edutrack/core';
import { crontabFor, taskListFor } from '../src/worker/job-tasks.ts';

const noop = defineJob({ name: 'test:noop', payload: z.object({}), maxAttempts: 1, run: async () => {} });

describe('the worker and the job definitions', () => {
  it('has one handler for every job name', () => {
    const tasks = taskListFor(ALL_JOBS, {} as MeetingDeps);
    expect(Object.keys(tasks).sort()).toEqual(ALL_JOBS.map((job) => job.name).sort());
  });

  it('refuses to start when two definitions share a name', () => {
    expect(() => taskListFor([noop, { ...noop }], {} as MeetingDeps)).toThrow(
      /Two job definitions are named "test:noop"/,
    );
  });

  it('schedules the sweep every minute and the webhook check every five, each under its job key, one run at a time', () => {
    expect(crontabFor(ALL_JOBS).split('\n')).toEqual([
      `* * * * * ${reconcileRoomsJob.name} ?max=1&jobKey=rooms%3Areconcile`,
      `*/5 * * * * ${checkWebhookJob.name} ?max=1&jobKey=daily%3Awebhook-check`,
    ]);
  });
});
