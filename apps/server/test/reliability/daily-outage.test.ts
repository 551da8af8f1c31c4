import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, reconcileRoomsJob } from '@edutrack/core';
import { appointmentRooms } from '@edutrack/db';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { loadEnv } from '../../src/env.ts';
import { startServer, type RunningServer } from '../../src/runtime/start-server.ts';
import { browser } from '../test-app.ts';

/** Daily unreachable for a while: bookings still succeed, rooms catch up once it is back. */
let testDb: TestDatabase;
let emulator: DailyEmulator;
let server: RunningServer;
const apiKey = `outage-${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  testDb = await createTestDatabase();
  emulator = createDailyEmulator({ apiKey });
  const baseUrl = await emulator.listen(0, '127.0.0.1');
  server = await startServer(
    loadEnv({
      DATABASE_URL: testDb.url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      EXTRA_ALLOWED_ORIGINS: 'http://localhost',
      DAILY_API_KEY: apiKey,
      DAILY_API_URL: baseUrl,
      DAILY_WEBHOOK_SECRET: randomBytes(32).toString('base64'),
    }),
  );
});
afterAll(async () => {
  await server?.stop();
  await emulator?.close();
  await testDb?.drop();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('Daily unreachable', () => {
  it('parents still book; joining says the room is not ready yet; rooms catch up after', async () => {
    // Every connection to "Daily" is reset from now on.
    emulator.faults.set({ share: 1, kinds: ['reset'] });
    const parent = browser(server.url, 'http://localhost');
    await parent.mutation('auth.requestMagicLink', { email: 'li.chen@example.com' });
    // The link is mailed by the worker, moments after the answer.
    let mail: { body_text: string } | undefined;
    await expect
      .poll(
        async () =>
          ([mail] = await server.deps.db.execute<{ body_text: string }>(
            sql`SELECT body_text FROM outbox_emails WHERE to_address = 'li.chen@example.com' AND subject LIKE '%sign-in%' ORDER BY created_at DESC LIMIT 1`,
          )).length,
        { timeout: 15_000 },
      )
      .toBe(1);
    await parent.mutation('auth.redeemMagicLink', { token: /#token=([\w-]+)/.exec(mail!.body_text)![1] });
    const slots = (await parent.query('parent.availability.openSlots', {})).body.result!.data as {
      id: string;
      studentIds: string[];
    }[];
    for (const slot of slots.slice(0, 3)) {
      const { res } = await parent.mutation('parent.appointments.book', {
        slotId: slot.id,
        studentId: slot.studentIds[0],
      });
      expect(res.status).toBe(200);
    }
    const soon = (await parent.query('parent.appointments.list', { view: 'upcoming' })).body.result!.data as {
      items: { id: string; student: { name: string } }[];
    };
    const maya = soon.items.find((m) => m.student.name === 'Maya Chen')!;
    const join = await parent.mutation('parent.meetings.join', { id: maya.id });
    expect(join.body.error).toMatchObject({
      message: expect.stringMatching(/isn't ready yet.*try again/i),
      data: { code: 'SERVICE_UNAVAILABLE' },
    });

    const notReady = async () =>
      (await server.deps.db.select().from(appointmentRooms)).filter((r) => r.status !== 'ready').length;
    expect(await notReady()).toBeGreaterThan(0);

    // Daily is back; the sweep (every minute, run here at once) repairs what the failed jobs left.
    emulator.faults.set({ share: 0 });
    await enqueueJob(server.deps.db, reconcileRoomsJob, {});
    await waitFor(
      async () => (await notReady()) === 0 && (await server.deps.db.select().from(appointmentRooms)).length >= 6,
      30_000,
      'rooms to catch up',
    );
    expect((await parent.mutation('parent.meetings.join', { id: maya.id })).body.result).toBeDefined();
  });
});
