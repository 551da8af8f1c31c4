import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { requestMagicLink, systemClock } from '@edutrack/core';
import { useSchoolHarness } from '@edutrack/core/testing';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

/**
 * `pnpm worker` is kill -9'd while it holds a job (the job waits on a table lock the test holds);
 * another worker process frees and runs that very job once the killed one has been silent for
 * WORKER_DEAD_AFTER_SECONDS (12 s here, 60 s by default), not after graphile-worker's 4-hour lock expiry.
 */
// Real time: the workers are other processes, on the system clock.
const h = useSchoolHarness({ clock: systemClock });
let emulator: DailyEmulator;
const apiKey = `locks-${randomBytes(6).toString('hex')}`;
const running: ServerProcess[] = [];

beforeAll(() => {
  emulator = createDailyEmulator({ apiKey });
});
afterAll(async () => {
  for (const p of running) await p.stop('SIGKILL');
  await emulator?.close();
});

const linkJobs = () =>
  h.testDb.db.execute<{ id: string; locked_by: string | null }>(
    sql`SELECT j.id::text, j.locked_by FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'auth:sign-in-link'`,
  );
const mailsTo = async (email: string) =>
  (await h.testDb.db.execute(sql`SELECT 1 FROM outbox_emails WHERE to_address = ${email}`)).length;

describe('a worker killed while holding a job', { timeout: 240_000 }, () => {
  it('another worker runs that job within half a minute when workers count as dead after 12 s', async () => {
    const baseUrl = await emulator.listen(0, '127.0.0.1');
    const { world } = h;
    const env = {
      ...process.env,
      DATABASE_URL: h.testDb.url,
      DAILY_API_KEY: apiKey,
      DAILY_API_URL: baseUrl,
      LOG_LEVEL: 'warn',
      WORKER_DEAD_AFTER_SECONDS: '12',
    };
    const first = await startServerProcess(env, 0, 'src/worker-main.ts');
    running.push(first);

    // The outbox is locked, so the job that mails the link stops in the middle, holding its lock.
    let release!: () => void;
    let outboxLocked!: () => void;
    const locked = new Promise<void>((resolve) => (outboxLocked = resolve));
    const holding = h.testDb.db.transaction(async (tx) => {
      await tx.execute(sql`LOCK TABLE outbox_emails IN ACCESS EXCLUSIVE MODE`);
      outboxLocked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await locked;
    const email = world.a.family1.guardian.email;
    await requestMagicLink(h.deps, { email, ip: '10.9.9.9' });
    let held: { id: string; locked_by: string | null } | undefined;
    await expect
      .poll(async () => (held = (await linkJobs()).find((j) => j.locked_by)), { timeout: 30_000, interval: 50 })
      .toBeDefined();

    await first.stop('SIGKILL');
    release();
    await holding;
    const killedAt = Date.now();
    running.push(await startServerProcess(env, 0, 'src/worker-main.ts'));
    await expect
      .poll(async () => (await linkJobs()).some((j) => j.id === held!.id), { timeout: 30_000, interval: 500 })
      .toBe(false);
    console.log(`the killed worker's job ran ${((Date.now() - killedAt) / 1000).toFixed(0)} s after the kill`);
    expect(await mailsTo(email)).toBe(1);
  });
});
