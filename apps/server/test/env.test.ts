import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { loadEnv } from '../src/env.ts';
import { startVideoBackend } from '../src/runtime/video-backend.ts';

describe('configuration', () => {
  it('has working defaults for a first local run', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      PUBLIC_URL: 'http://localhost:3000',
      COOKIE_SECURE: false,
      DEV_OUTBOX: true,
      RUN_WORKER: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DAILY_API_KEY).toBeUndefined();
  });

  it('treats empty values as unset and derives secure cookies from an https URL', () => {
    const env = loadEnv({
      DAILY_API_KEY: '',
      PUBLIC_URL: 'https://meet.school.example/',
      DATABASE_URL: 'postgres://x/y',
    });
    expect(env).toMatchObject({
      PUBLIC_URL: 'https://meet.school.example',
      COOKIE_SECURE: true,
      ALLOWED_ORIGINS: ['https://meet.school.example'],
    });
    expect(env.DAILY_API_KEY).toBeUndefined();
  });

  it('refuses production without a database, never serves the dev outbox there, and explains bad values', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/set DATABASE_URL/);
    expect(
      loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', DAILY_API_KEY: 'k', DEV_OUTBOX: 'true' })
        .DEV_OUTBOX,
    ).toBe(false);
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});

describe('video backend', () => {
  it('with a standalone emulator, tells browsers where its call signalling is and allows it in the CSP', async () => {
    const backend = await startVideoBackend(
      loadEnv({ DAILY_API_KEY: 'dev-key', DAILY_API_URL: 'http://127.0.0.1:4999/v1' }),
      {
        clock: { now: () => new Date() },
        log: pino({ level: 'silent' }),
      },
    );
    expect(backend.video.mode).toBe('local');
    expect(backend.video.signallingUrl).toBe('ws://127.0.0.1:4999/local-call/signal');
    expect(backend.browserConnectSources).toEqual(['ws://127.0.0.1:4999']);
    await backend.stop();
  });

  it('with real Daily, needs no extra browser connections beyond the CSP’s Daily hosts', async () => {
    const backend = await startVideoBackend(loadEnv({ DAILY_API_KEY: 'key', DAILY_WEBHOOK_SECRET: 'c2VjcmV0' }), {
      clock: { now: () => new Date() },
      log: pino({ level: 'silent' }),
    });
    expect(backend.video.mode).toBe('daily');
    expect(backend.video.signallingUrl).toBeUndefined();
    expect(backend.browserConnectSources).toEqual([]);
  });
});
