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
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x/y',
      SMTP_URL: 'smtp://u:p@mail.example:587',
      DAILY_API_KEY: 'k',
    };
    expect(loadEnv({ ...production, DEV_OUTBOX: 'true' }).DEV_OUTBOX).toBe(false);
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('mail: production refuses to start without SMTP_URL (no parent could sign in); development keeps mail in the outbox', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(
      /set SMTP_URL.*no parent can receive a sign-in link/,
    );
    expect(loadEnv({}).SMTP_URL).toBeUndefined();
    expect(loadEnv({}).MAIL_FROM).toBe('EduTrack Meet <no-reply@localhost>');
    expect(() => loadEnv({ SMTP_URL: 'mail.example:25' })).toThrow(/SMTP_URL: must look like smtp:\/\//);
    const env = loadEnv({ SMTP_URL: 'smtps://u:p@mail.example:465', MAIL_FROM: 'Riverside <meet@riverside.example>' });
    expect(env).toMatchObject({
      MAIL_FROM: 'Riverside <meet@riverside.example>',
      VAPID_SUBJECT: 'mailto:meet@riverside.example',
    });
  });

  it('push: both VAPID keys or neither', () => {
    expect(() => loadEnv({ VAPID_PUBLIC_KEY: 'B'.repeat(87) })).toThrow(
      /Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY.*pnpm vapid:generate/,
    );
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
