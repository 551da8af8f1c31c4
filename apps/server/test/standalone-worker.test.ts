import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { systemClock } from '@edutrack/core';
import { useSchoolHarness } from '@edutrack/core/testing';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

/** `pnpm worker` on its own: it picks up the jobs web servers queue and makes their rooms. */
// Real time: the worker is another process, on the system clock.
const h = useSchoolHarness({ clock: systemClock });
let emulator: DailyEmulator;
let worker: ServerProcess | undefined;
const apiKey = `worker-${randomBytes(6).toString('hex')}`;

beforeAll(() => {
  emulator = createDailyEmulator({ apiKey });
});
afterAll(async () => {
  await worker?.stop('SIGTERM');
  await emulator?.close();
});

describe('the standalone worker', { timeout: 120_000 }, () => {
  it('makes the room of a meeting scheduled while no web server runs', async () => {
    const baseUrl = await emulator.listen(0, '127.0.0.1');
    const meetingId = await h.scheduleMeeting(60, { minutes: 10 });

    worker = await startServerProcess(
      { ...process.env, DATABASE_URL: h.testDb.url, DAILY_API_KEY: apiKey, DAILY_API_URL: baseUrl, LOG_LEVEL: 'warn' },
      0,
      'src/worker-main.ts',
    );
    let status: string | undefined;
    for (let i = 0; i < 80 && status !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (
        await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, meetingId))
      )[0]?.status;
    }
    expect(status).toBe('ready');
    expect(await worker.stop('SIGTERM')).toBe(0);
    worker = undefined;
  });
});
