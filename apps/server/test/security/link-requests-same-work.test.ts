import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { guardians } from '@edutrack/db';
import { useTestApp } from '../test-app.ts';

const t = useTestApp();

const queued = async () =>
  t.testDb.db.execute<{ task: string; payload: Record<string, unknown> }>(
    sql`SELECT t.identifier AS task, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier LIKE 'auth:%' ORDER BY j.id`,
  );
const mailCount = async () =>
  (await t.testDb.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM outbox_emails`))[0]!.n;
const clearJobsAndLimits = async () => {
  await t.testDb.db.execute(sql`DELETE FROM rate_limits`);
  await t.testDb.db.execute(
    sql`DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks t WHERE t.id = j.task_id AND t.identifier LIKE 'auth:%'`,
  );
};

describe('known and unknown addresses: the request does the same work (count, queue, answer)', () => {
  it.each([
    ['sign-in link', 'auth.requestMagicLink', () => t.world.a.family1.guardian.email],
    ['password reset', 'auth.requestPasswordReset', () => t.world.a.teacher1.email],
  ])('%s', async (_what, path, knownEmail) => {
    await clearJobsAndLimits();
    const mailsBefore = await mailCount();
    const known = await t.browser().mutation(path, { email: knownEmail() });
    const unknown = await t.browser().mutation(path, { email: 'nobody.here@example.com' });
    // The same answer ...
    expect(known.res.status).toBe(200);
    expect(unknown.res.status).toBe(known.res.status);
    expect(unknown.body).toEqual(known.body);
    // ... after the same work: one job of the same kind each, nothing mailed during the request.
    const jobs = await queued();
    expect(jobs.map((j) => j.task)).toEqual([jobs[0]!.task, jobs[0]!.task]);
    expect(jobs.map((j) => Object.keys(j.payload))).toEqual([['email'], ['email']]);
    expect(await mailCount()).toBe(mailsBefore);
    // The job finds out: only the known address gets mail.
    await t.runLinkJobs();
    expect(await mailCount()).toBe(mailsBefore + 1);
    expect(await queued()).toEqual([]);
  });

  it('benchmark: answer times for known and unknown addresses (printed, not asserted)', async () => {
    const ROUNDS = 25;
    const known = await t.testDb.db
      .insert(guardians)
      .values(
        Array.from({ length: ROUNDS }, (_, i) => ({ email: `bench.parent.${i}@example.com`, name: `Parent ${i}` })),
      )
      .returning({ email: guardians.email });
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    for (let i = 0; i < ROUNDS; i++) {
      await clearJobsAndLimits();
      // Alternate which goes first, so warm-up and drift fall on both sides.
      const order = i % 2 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const);
      for (const kind of order) {
        const email = kind === 'known' ? known[i]!.email : `bench.nobody.${i}@example.com`;
        const start = performance.now();
        const { res } = await t.browser().mutation('auth.requestMagicLink', { email });
        times[kind].push(performance.now() - start);
        expect(res.status).toBe(200);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `link request answer time over ${ROUNDS} rounds: known median ${median(times.known).toFixed(2)} ms, ` +
        `unknown median ${median(times.unknown).toFixed(2)} ms`,
    );
  });
});
