import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ALL_JOBS, defineJob, enqueueJob, enqueueJobPerRow, roomSyncJob } from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();

async function queued(task: string) {
  return h.testDb.db.execute<{ payload: unknown; key: string | null; max_attempts: number; run_at: Date }>(
    // The payload is only in graphile-worker's private table (its public view leaves it out).
    sql`SELECT j.payload, j.key, j.max_attempts, j.run_at
        FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = ${task} ORDER BY j.id`,
  );
}

describe('jobs defined once', () => {
  it('queues a job with the name, key and retry budget of its one definition', async () => {
    const id = '4b4a8f0e-0000-4000-8000-000000000001';
    await enqueueJob(h.testDb.db, roomSyncJob, { appointmentId: id });
    await enqueueJob(h.testDb.db, roomSyncJob, { appointmentId: id });
    const rows = await queued(roomSyncJob.name);
    expect(rows).toHaveLength(1); // the job key collapses the second change into the pending job
    expect(rows[0]).toMatchObject({ payload: { appointmentId: id }, key: `room-sync:${id}`, max_attempts: 25 });
  });

  it('queues the same job from inside a statement, one per row, identical to the direct form', async () => {
    const ids = ['4b4a8f0e-0000-4000-8000-000000000002', '4b4a8f0e-0000-4000-8000-000000000003'];
    const source = sql`(SELECT unnest(${sql.raw(`ARRAY['${ids.join("','")}']`)}::uuid[]) AS id) AS rows`;
    await h.testDb.db.execute(enqueueJobPerRow(roomSyncJob, source, { appointmentId: sql`id::text` }));
    const rows = await queued(roomSyncJob.name);
    for (const id of ids) {
      expect(rows).toContainEqual(
        expect.objectContaining({ payload: { appointmentId: id }, key: `room-sync:${id}`, max_attempts: 25 }),
      );
    }
  });

  it('refuses a payload that does not fit the definition before anything is stored', async () => {
    const before = (await queued(roomSyncJob.name)).length;
    await expect(enqueueJob(h.testDb.db, roomSyncJob, { appointmentId: 'not-an-id' })).rejects.toThrow();
    expect(await queued(roomSyncJob.name)).toHaveLength(before);
  });

  it('can be scheduled for later', async () => {
    const later = defineJob({
      name: 'test:later',
      payload: z.object({ n: z.number() }),
      maxAttempts: 3,
      run: async () => {},
    });
    const runAt = new Date('2031-01-01T08:00:00Z');
    await enqueueJob(h.testDb.db, later, { n: 1 }, { runAt });
    const [row] = await queued('test:later');
    expect(row).toMatchObject({ payload: { n: 1 }, key: null, max_attempts: 3 });
    expect(new Date(row!.run_at).toISOString()).toBe(runAt.toISOString());
  });

  it('gives every job its own name', () => {
    const names = ALL_JOBS.map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
