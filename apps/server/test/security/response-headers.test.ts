import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.ts';

describe('over plain http', () => {
  const t = useTestApp({ cookieSecure: false });

  it('sends no Strict-Transport-Security', async () => {
    for (const path of ['/trpc/auth.me', '/health', '/']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('API answers are never stored by a browser or a proxy, signed in or not', async () => {
    const res = await fetch(`${t.url}/trpc/auth.me`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const failed = await fetch(`${t.url}/trpc/staff.directory.branches`);
    expect(failed.status).toBe(401);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const mutation = await t.browser().mutation('auth.requestMagicLink', { email: 'a@example.com' });
    expect(mutation.res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('over https', () => {
  const t = useTestApp({ cookieSecure: true });

  it('sends Strict-Transport-Security', async () => {
    const res = await fetch(`${t.url}/trpc/auth.me`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
