import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import { loadEnv } from '../src/env.ts';
import { startServer, type RunningServer } from '../src/runtime/start-server.ts';
import { browser } from './test-app.ts';

/**
 * The server as `pnpm start` wires it (worker, crontab, emulator with its webhook pointed back at
 * the server): schedule over HTTP, the worker makes the room, a call in the emulator's room comes
 * back as signed webhooks, and the worker turns them into attendance.
 */
let testDb: TestDatabase;
let server: RunningServer;
beforeAll(async () => {
  testDb = await createTestDatabase();
  server = await startServer(
    loadEnv({
      DATABASE_URL: testDb.url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'true',
      EXTRA_ALLOWED_ORIGINS: 'http://localhost',
    }),
  );
});
afterAll(async () => {
  await server?.stop();
  await testDb?.drop();
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('scheduling to attendance, through the worker and webhooks', { timeout: 60_000 }, () => {
  it('the seeded meeting gets its room, both people join, and attendance records them', async () => {
    const teacher = browser(server.url, 'http://localhost');
    await teacher.mutation('auth.staffSignIn', { email: 'ana.rivera@riverside.test', password: 'riverside-demo' });
    type Page = {
      items: {
        id: string;
        room: { status: string } | null;
        live: Record<string, boolean>;
        student: { name: string };
      }[];
    };
    const agenda = await eventually(
      async () => (await teacher.query('staff.appointments.list', { view: 'upcoming' })).body.result!.data as Page,
      (page) => page.items.every((a) => a.room?.status === 'ready'),
      'rooms to be ready',
    );
    const maya = agenda.items.find((a) => a.student.name === 'Maya Chen')!;

    const join = (await teacher.mutation('staff.meetings.join', { id: maya.id })).body.result!.data as {
      roomName: string;
      token: string;
    };
    const calls = server.videoBackend.emulator!.calls;
    expect(await calls.join({ roomName: join.roomName, token: join.token })).toMatchObject({ status: 'joined' });
    const guest = await calls.join({ roomName: join.roomName, userName: 'Someone' });
    expect(guest).toMatchObject({ status: 'waiting' });

    const live = await eventually(
      async () =>
        ((await teacher.query('staff.appointments.get', { id: maya.id })).body.result!.data as Page['items'][number])
          .live,
      (l) => Boolean(l.teacherInCall && l.guestWaiting),
      'presence from webhooks',
    );
    expect(live).toMatchObject({ teacherInCall: true, guestWaiting: true, parentInCall: false });

    await teacher.mutation('staff.meetings.end', { id: maya.id });
    const attendance = await eventually(
      async () =>
        (await teacher.query('staff.meetings.attendance', { id: maya.id })).body.result!.data as {
          role: string;
          leftAt: string | null;
          durationSeconds: number | null;
        }[],
      (rows) => rows.some((r) => r.role === 'teacher' && r.leftAt !== null),
      'the teacher to leave',
    );
    expect(attendance.find((r) => r.role === 'teacher')).toMatchObject({ durationSeconds: expect.any(Number) });
  });
});
