import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { createTestDatabase, insertSchoolWorld, type SchoolWorld, type TestDatabase } from '@edutrack/db/testing';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { createCoreDeps, loadStaffActor, scheduleMeeting, silentLogger, systemClock } from '@edutrack/core';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

/** `pnpm worker` on its own: it picks up the jobs web servers queue and makes their rooms. */
let testDb: TestDatabase;
let world: SchoolWorld;
let emulator: DailyEmulator;
let worker: ServerProcess | undefined;
const apiKey = `worker-${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await insertSchoolWorld(testDb.db);
  emulator = createDailyEmulator({ apiKey });
});
afterAll(async () => {
  await worker?.stop('SIGTERM');
  await emulator?.close();
  await testDb?.drop();
});

describe('the standalone worker', { timeout: 120_000 }, () => {
  it('makes the room of a meeting scheduled while no web server runs', async () => {
    const baseUrl = await emulator.listen(0, '127.0.0.1');
    const deps = createCoreDeps({
      db: testDb.db,
      clock: systemClock,
      log: silentLogger,
      publicUrl: 'http://localhost:3000',
    });
    const teacher = await loadStaffActor(
      testDb.db,
      (await testDb.db.query.staffUsers.findFirst({ where: (s, { eq: is }) => is(s.id, world.a.teacher1.id) }))!,
    );
    const startsAt = new Date(Date.now() + 3_600_000);
    const meeting = await scheduleMeeting(deps, teacher, {
      guardianId: world.a.family1.guardian.id,
      studentId: world.a.family1.student.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 600_000),
    });

    worker = await startServerProcess(
      { ...process.env, DATABASE_URL: testDb.url, DAILY_API_KEY: apiKey, DAILY_API_URL: baseUrl, LOG_LEVEL: 'warn' },
      0,
      'src/worker-main.ts',
    );
    let status: string | undefined;
    for (let i = 0; i < 80 && status !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (
        await testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, meeting.id))
      )[0]?.status;
    }
    expect(status).toBe('ready');
    expect(await worker.stop('SIGTERM')).toBe(0);
    worker = undefined;
  });
});
