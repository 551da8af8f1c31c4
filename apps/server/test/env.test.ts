import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.ts';

describe('configuration', () => {
  it('has working defaults for a first local run', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, PUBLIC_URL: 'http://localhost:3000', COOKIE_SECURE: false, DEV_OUTBOX: true, RUN_WORKER: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DAILY_API_KEY).toBeUndefined();
  });

  it('treats empty values as unset and derives secure cookies from an https URL', () => {
    const env = loadEnv({ DAILY_API_KEY: '', PUBLIC_URL: 'https://meet.school.example/', DATABASE_URL: 'postgres://x/y' });
    expect(env).toMatchObject({ PUBLIC_URL: 'https://meet.school.example', COOKIE_SECURE: true, ALLOWED_ORIGINS: ['https://meet.school.example'] });
    expect(env.DAILY_API_KEY).toBeUndefined();
  });

  it('refuses production without a database, never serves the dev outbox there, and explains bad values', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/set DATABASE_URL/);
    expect(loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', DEV_OUTBOX: 'true' }).DEV_OUTBOX).toBe(false);
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
