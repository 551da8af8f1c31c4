import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { staffUsers } from '@edutrack/db';
import { argon2Passwords } from '@edutrack/core';
import { useTestApp } from '../test-app.ts';

const t = useTestApp();
const ORIGIN = 'http://localhost:3000';

async function setPassword(staffId: string, password: string) {
  await t.testDb.db
    .update(staffUsers)
    .set({ passwordHash: await argon2Passwords.hash(password) })
    .where(eq(staffUsers.id, staffId));
}

/** One tRPC HTTP batch (what httpBatchLink sends): `calls` run in one request. */
async function batch(calls: { path: string; input: unknown }[]) {
  const res = await fetch(`${t.url}/trpc/${calls.map((c) => c.path).join(',')}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify(Object.fromEntries(calls.map((c, i) => [i, c.input]))),
  });
  return { res, text: await res.text() };
}

const statuses = (results: { res: Response }[]) => results.map((r) => r.res.status);

describe('staff password limit under load', () => {
  it('parallel wrong guesses: no more than five ever reach the password check', async () => {
    const { teacher1 } = t.world.a;
    await setPassword(teacher1.id, 'the right password');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.browser().mutation('auth.staffSignIn', { email: teacher1.email, password: `guess ${i}` }),
      ),
    );
    const checked = statuses(results).filter((s) => s === 401).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses(results).filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
    // The account stays shut to the right password too until the wait is over.
    const right = await t
      .browser()
      .mutation('auth.staffSignIn', { email: teacher1.email, password: 'the right password' });
    expect(right.res.status).toBe(429);
  });

  it('a batch of sign-in guesses with the right one last never signs in', async () => {
    const { teacher2 } = t.world.a;
    await setPassword(teacher2.id, 'the right password');
    const calls = Array.from({ length: 40 }, (_, i) => ({
      path: 'auth.staffSignIn',
      input: { email: teacher2.email, password: i === 39 ? 'the right password' : `guess ${i}` },
    }));
    const { res, text } = await batch(calls);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('etm_staff='))).toBe(false);
    expect(text).not.toContain(teacher2.id);
    // The guesses of the refused batch left the budget for the real person.
    const alone = await t
      .browser()
      .mutation('auth.staffSignIn', { email: teacher2.email, password: 'the right password' });
    expect(alone.res.status).toBe(200);
  });

  it('authentication calls are refused inside a batch, with a message saying why', async () => {
    const { teacher2 } = t.world.a;
    const { res, text } = await batch([
      { path: 'auth.staffSignIn', input: { email: teacher2.email, password: 'x' } },
      { path: 'auth.requestMagicLink', input: { email: 'someone@example.com' } },
    ]);
    expect(res.status).toBe(400);
    expect(text).toMatch(/one at a time/);
  });

  it('an authentication call sent on its own without input (as the apps send sign-out) works', async () => {
    const res = await fetch(`${t.url}/trpc/auth.parentSignOut`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
    });
    expect(res.status).toBe(200);
  });

  it('a batch may hold at most ten calls', async () => {
    const reads = (n: number) => fetch(`${t.url}/trpc/${Array(n).fill('auth.me').join(',')}?batch=1&input={}`);
    expect((await reads(10)).status).toBe(200);
    expect((await reads(11)).status).toBe(400);
  });
});

describe('emailed-link limits under load', () => {
  // Each case starts from fresh counters: the per-client budget is shared by every request of this file.
  beforeEach(async () => {
    await t.testDb.db.execute(sql`DELETE FROM rate_limits`);
  });

  it('parallel sign-in link requests for one address: exactly three accepted', async () => {
    const email = t.world.a.family2.guardian.email;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.browser().mutation('auth.requestMagicLink', { email })),
    );
    expect(statuses(results).filter((s) => s === 200)).toHaveLength(3);
    expect(statuses(results).filter((s) => s === 429)).toHaveLength(17);
  });

  it('parallel password reset requests share the same per-address budget', async () => {
    const email = t.world.b.teacher1.email;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.browser().mutation(i % 2 ? 'auth.requestPasswordReset' : 'auth.requestMagicLink', { email }),
      ),
    );
    expect(statuses(results).filter((s) => s === 200)).toHaveLength(3);
  });

  it('parallel requests for many addresses from one client: exactly the per-client budget is accepted', async () => {
    const results = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        t.browser().mutation('auth.requestMagicLink', { email: `nobody${i}@example.com` }),
      ),
    );
    expect(statuses(results).filter((s) => s === 200)).toHaveLength(30);
    expect(statuses(results).filter((s) => s === 429)).toHaveLength(15);
  });
});
