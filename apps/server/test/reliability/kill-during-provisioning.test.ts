import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { createDailyClient, isOurRoomName } from '@edutrack/daily';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { systemClock } from '@edutrack/core';
import { useSchoolHarness } from '@edutrack/core/testing';
import { freePort, startServerProcess, type ServerProcess } from '../support/server-process.ts';

/**
 * kill -9 the server while 200 rooms are being provisioned against an emulator that enforces
 * Daily's rate limits; restart it; every room ends up ready, exactly once, and nothing is left over.
 */
// Real time: the servers are other processes, on the system clock.
const h = useSchoolHarness({ clock: systemClock });
let emulator: DailyEmulator;
let baseUrl: string;
const apiKey = `reliability-${randomBytes(8).toString('hex')}`;
const running: ServerProcess[] = [];

beforeAll(async () => {
  emulator = createDailyEmulator({ apiKey, faults: { rateLimits: true } });
  baseUrl = await emulator.listen(0, '127.0.0.1');
  for (let i = 0; i < 200; i++) await h.scheduleMeeting(24 * 60 + i * 15, { minutes: 10 });
});

afterAll(async () => {
  for (const server of running) await server.stop('SIGKILL');
  await emulator?.close();
});

const ourRooms = async () =>
  (await createDailyClient({ apiKey, baseUrl, rateLimits: false }).listAllRooms())
    .map((r) => r.name!)
    .filter((n) => isOurRoomName(n, 'etm'));
const readyRows = async () => (await h.testDb.db.select().from(appointmentRooms)).filter((r) => r.status === 'ready');

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('kill -9 during provisioning', () => {
  it('every room ends up ready exactly once after a restart', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: h.testDb.url,
      DAILY_API_KEY: apiKey,
      DAILY_API_URL: baseUrl,
      DAILY_WEBHOOK_SECRET: randomBytes(32).toString('base64'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    };
    const first = await startServerProcess(env, port);
    running.push(first);
    await waitFor(async () => (await ourRooms()).length >= 40, 60_000, '40 rooms');
    expect(await first.stop('SIGKILL')).toBeNull();
    const createdBeforeCrash = (await ourRooms()).length;
    expect(createdBeforeCrash).toBeLessThan(200);

    const second = await startServerProcess(env, port);
    running.push(second);
    await waitFor(async () => (await readyRows()).length === 200, 150_000, 'all 200 rooms ready');

    const rooms = await ourRooms();
    const names = (await readyRows()).map((r) => r.name);
    expect(rooms).toHaveLength(200);
    expect(new Set(rooms).size).toBe(200);
    expect(rooms.sort()).toEqual(names.sort());
    await second.stop('SIGTERM');
  });
});
