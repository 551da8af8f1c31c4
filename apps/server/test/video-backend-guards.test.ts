import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import { loadEnv } from '../src/env.ts';
import { EmulatorAlreadyRunningError } from '../src/runtime/emulator-claim.ts';
import { callEngineFor, startVideoBackend } from '../src/runtime/video-backend.ts';

// Counts loads of the stand-in's module: a server with a real key must never load it.
const stand = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@edutrack/daily-local/emulator', async (importOriginal) => {
  stand.loads++;
  return importOriginal();
});

const clock = { now: () => new Date() };
const silent = pino({ level: 'silent' });

function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

// First in the file: once loaded, a module stays loaded, so the count is only meaningful before any local start.
describe('the stand-in’s code', () => {
  it('is not loaded at all by a server with a real key, and is loaded without one', async () => {
    const real = await startVideoBackend(loadEnv({ DAILY_API_KEY: 'key', DAILY_WEBHOOK_SECRET: 'c2VjcmV0' }), {
      clock,
      log: silent,
    });
    await real.stop();
    expect(stand.loads).toBe(0);

    const local = await startVideoBackend(loadEnv({}), { clock, log: silent });
    await local.stop();
    expect(stand.loads).toBe(1);
  });
});

describe('production guards', () => {
  it('refuses production without DAILY_API_KEY, saying what to set', () => {
    expect(() =>
      loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SMTP_URL: 'smtp://mail.example:587' }),
    ).toThrow(/set DAILY_API_KEY .*VIDEO_BACKEND=local/s);
    expect(() => loadEnv({ VIDEO_BACKEND: 'daily' })).toThrow(/VIDEO_BACKEND=daily needs DAILY_API_KEY/);
  });

  it('allows a production trial on the stand-in only when VIDEO_BACKEND=local is set, and says so loudly', async () => {
    const env = loadEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x/y',
      SMTP_URL: 'smtp://mail.example:587',
      VIDEO_BACKEND: 'local',
    });
    expect(callEngineFor(env)).toBe('local');
    const { log, lines } = capturingLogger();
    const backend = await startVideoBackend(env, { clock, log });
    await backend.stop();
    expect(lines.join('')).toMatch(/TRIAL MODE/);
  });

  it('runs daily-js in the browsers with Daily’s own API, or when VIDEO_BACKEND=daily points at an emulator', () => {
    expect(callEngineFor(loadEnv({ DAILY_API_KEY: 'k' }))).toBe('daily');
    expect(callEngineFor(loadEnv({ DAILY_API_KEY: 'k', DAILY_API_URL: 'http://127.0.0.1:4010/v1' }))).toBe('local');
    expect(
      callEngineFor(loadEnv({ DAILY_API_KEY: 'k', DAILY_API_URL: 'http://127.0.0.1:4010/v1', VIDEO_BACKEND: 'daily' })),
    ).toBe('daily');
    expect(callEngineFor(loadEnv({}))).toBe('local');
  });
});

describe('one in-process emulator per database', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it('refuses a second server’s emulator on the same database, and frees the claim when the first stops', async () => {
    const env = loadEnv({});
    const first = await startVideoBackend(env, { clock, log: silent, databaseUrl: testDb.url });
    const second = startVideoBackend(env, { clock, log: silent, databaseUrl: testDb.url });
    await expect(second).rejects.toBeInstanceOf(EmulatorAlreadyRunningError);
    await expect(second).rejects.toThrow(/land in different rooms.*DAILY_API_KEY/s);
    await first.stop();
    const third = await startVideoBackend(env, { clock, log: silent, databaseUrl: testDb.url });
    await third.stop();
  });

  it('a server with a key claims nothing: several may share the database', async () => {
    const env = loadEnv({ DAILY_API_KEY: 'key', DAILY_API_URL: 'http://127.0.0.1:4010/v1' });
    const a = await startVideoBackend(env, { clock, log: silent, databaseUrl: testDb.url });
    const b = await startVideoBackend(env, { clock, log: silent, databaseUrl: testDb.url });
    await Promise.all([a.stop(), b.stop()]);
  });
});
