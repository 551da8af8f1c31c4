import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import { signDailyWebhook } from '@edutrack/daily';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { loadEnv } from '../../src/env.ts';
import { startServer, type RunningServer } from '../../src/runtime/start-server.ts';
import { browser } from '../test-app.ts';

/**
 * The Daily API key and webhook secret appear in no response and no log line, even at trace level,
 * through sign-in, scheduling, joining (tokens are minted with the key), webhooks and every page.
 * (Built assets are checked by each app's canary-build test.)
 */
const apiKey = `canary-key-${randomBytes(12).toString('hex')}`;
const webhookSecret = Buffer.from(`canary-secret-${randomBytes(12).toString('hex')}`).toString('base64');
const logs: string[] = [];
const seen: string[] = [];
let testDb: TestDatabase;
let emulator: DailyEmulator;
let server: RunningServer;

beforeAll(async () => {
  testDb = await createTestDatabase();
  emulator = createDailyEmulator({ apiKey });
  const baseUrl = await emulator.listen(0, '127.0.0.1');
  const log = pino(
    { level: 'trace' },
    new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) }),
  );
  server = await startServer(
    loadEnv({
      DATABASE_URL: testDb.url,
      PORT: '0',
      EXTRA_ALLOWED_ORIGINS: 'http://localhost',
      DAILY_API_KEY: apiKey,
      DAILY_API_URL: baseUrl,
      DAILY_WEBHOOK_SECRET: webhookSecret,
    }),
    { log },
  );
});
afterAll(async () => {
  await server?.stop();
  await emulator?.close();
  await testDb?.drop();
});

async function record(res: Response) {
  seen.push([...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n'), await res.text());
}

describe('secrets stay on the server', () => {
  it('never appear in responses or logs', async () => {
    const teacher = browser(server.url, 'http://localhost');
    const calls = async (op: Promise<{ res: Response; body: unknown }>) => {
      const { res, body } = await op;
      seen.push([...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n'), JSON.stringify(body));
      return body as { result?: { data: unknown } };
    };
    await calls(
      teacher.mutation('auth.staffSignIn', { email: 'ana.rivera@riverside.test', password: 'riverside-demo' }),
    );
    const agenda = (await calls(teacher.query('staff.appointments.list', { view: 'upcoming' }))).result!.data as {
      items: { id: string }[];
    };
    const id = agenda.items[0]!.id;
    const ticket = (await calls(teacher.mutation('staff.meetings.join', { id }))).result!.data as {
      token: string;
      roomName: string;
    };
    expect(ticket.token.split('.')).toHaveLength(3); // a real meeting token came back…
    await calls(teacher.query('staff.meetings.lobby', { id }));
    await calls(teacher.query('staff.meetings.attendance', { id }));
    await calls(teacher.mutation('staff.meetings.end', { id }));
    await calls(teacher.mutation('staff.appointments.get', { id: 'not-a-uuid' }));
    await calls(teacher.mutation('auth.staffSignIn', { email: 'ana.rivera@riverside.test', password: 'wrong' }));
    for (const path of ['/', '/staff/', '/parent/', '/healthz', '/dev/outbox', '/nope'])
      await record(await fetch(`${server.url}${path}`));
    const body = JSON.stringify({
      version: '1.0.0',
      type: 'participant.joined',
      id: 'evt-secret',
      payload: { room: ticket.roomName, session_id: 's', user_id: null, user_name: 'x', joined_at: 1 },
      event_ts: 1,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    await record(
      await fetch(`${server.url}/webhooks/daily`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-webhook-timestamp': timestamp,
          'x-webhook-signature': signDailyWebhook({ rawBody: body, timestamp, secretBase64: webhookSecret }),
        },
        body,
      }),
    );
    await record(
      await fetch(`${server.url}/webhooks/daily`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-webhook-timestamp': timestamp,
          'x-webhook-signature': 'forged',
        },
        body,
      }),
    );
    await server.deps.db.execute(sql`SELECT 1`);

    const everything = [...seen, ...logs].join('\n');
    expect(logs.length).toBeGreaterThan(20);
    for (const secret of [apiKey, webhookSecret, Buffer.from(webhookSecret, 'base64').toString()]) {
      expect(everything).not.toContain(secret);
    }
  });
});
