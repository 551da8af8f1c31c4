import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, createSessionCache, type SessionCache } from '@edutrack/core';
import { guardians, sessions, staffRoles } from '@edutrack/db';
import { buildApp } from '../src/app.ts';
import { startRevocationListener, type RevocationListener } from '../src/runtime/session-revocations.ts';
import { browser, useTestApp } from './test-app.ts';

/**
 * Two server instances over one database, each with its own session cache: A is the test app, B is
 * built here the same way. What one instance revokes, the other refuses at once.
 */
const t = useTestApp();
const b = {} as { app: FastifyInstance; url: string; cache: SessionCache; revocations: RevocationListener };

beforeAll(async () => {
  b.cache = createSessionCache(t.clock);
  // A slow reconnect, so the test can act while B is not listening.
  b.revocations = await startRevocationListener({
    databaseUrl: t.testDb.url,
    cache: b.cache,
    log: t.app.log as never,
    reconnectMs: 1_500,
  });
  b.app = await buildApp({
    deps: t.deps,
    sessions: b.cache,
    dailyWebhookSecret: undefined,
    logger: t.app.log,
    requestLog: { routineLevel: 'debug', slowMs: 1000 },
    cookieSecure: false,
    allowedOrigins: ['http://localhost:3000'],
    trustProxy: false,
    devOutbox: false,
    webApps: [],
    connectSources: [],
  });
  b.url = await b.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await b.app?.close();
  await b.revocations?.stop();
});

async function signedInParent(family: 'family1' | 'family2' | 'family3') {
  const { token } = await createSession(t.deps.db, t.clock, 'guardian', t.world.a[family].guardian.id);
  const onA = t.browser();
  const onB = browser(b.url, 'http://localhost:3000');
  onA.jar.set('etm_parent', token);
  onB.jar.set('etm_parent', token);
  return { onA, onB };
}

const children = async (client: ReturnType<typeof browser>) =>
  (await client.query('parent.directory.children')).body.error?.data.code ?? 'ok';

describe('a session cache on every instance', () => {
  it('serves a signed-in parent from memory for at most the TTL when no signal comes', async () => {
    const { onB } = await signedInParent('family1');
    expect(await children(onB)).toBe('ok');
    // With the signal switched off, B still answers from memory: the cache is really in use...
    await t.testDb.db.execute(sql`ALTER TABLE sessions DISABLE TRIGGER sessions_revoked`);
    await t.testDb.db.delete(sessions).where(eq(sessions.guardianId, t.world.a.family1.guardian.id));
    await t.testDb.db.execute(sql`ALTER TABLE sessions ENABLE TRIGGER sessions_revoked`);
    expect(await children(onB)).toBe('ok');
    // ...and only until its short life ends: the backstop for a signal that never came.
    t.clock.advance(10_001);
    expect(await children(onB)).toBe('UNAUTHORIZED');
  });

  it('refuses on B the moment a parent signs out on A', async () => {
    const { onA, onB } = await signedInParent('family1');
    expect(await children(onB)).toBe('ok');
    expect(b.cache.size).toBeGreaterThan(0);
    await onA.mutation('auth.parentSignOut', {});
    expect(await children(onB)).toBe('UNAUTHORIZED');
  });

  it('refuses on B a parent removed on A (their sessions go with them)', async () => {
    const { onB } = await signedInParent('family3');
    expect(await children(onB)).toBe('ok');
    await t.testDb.db.delete(guardians).where(eq(guardians.id, t.world.a.family3.guardian.id));
    expect(await children(onB)).toBe('UNAUTHORIZED');
  });

  it('takes a role away on B as soon as it is removed', async () => {
    const { admin, branch } = t.world.a;
    const { token } = await createSession(t.deps.db, t.clock, 'staff', admin.id);
    const onB = browser(b.url, 'http://localhost:3000');
    onB.jar.set('etm_staff', token);
    const students = async () =>
      (await onB.query('staff.directory.students', { branchId: branch.id })).body.error?.data.code ?? 'ok';
    expect(await students()).toBe('ok');
    await t.testDb.db.delete(staffRoles).where(eq(staffRoles.staffId, admin.id));
    expect(await students()).not.toBe('ok');
  });

  it('does not serve a stale session when its LISTEN connection drops, and caches again once back', async () => {
    const first = await signedInParent('family2');
    expect(await children(first.onB)).toBe('ok');
    await t.testDb.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'edutrack-meet-revocations' AND datname = current_database()`,
    );
    await vi.waitFor(() => expect(b.revocations.listening).toBe(false));
    // Revoked while B hears nothing: the notification is lost for B, and B must not answer from memory.
    await t.testDb.db.delete(sessions).where(eq(sessions.guardianId, t.world.a.family2.guardian.id));
    expect(await children(first.onB)).toBe('UNAUTHORIZED');

    await vi.waitFor(() => expect(b.revocations.listening).toBe(true), { timeout: 10_000 });
    const second = await signedInParent('family2');
    expect(await children(second.onB)).toBe('ok');
    expect(b.cache.size).toBeGreaterThan(0);
    await second.onA.mutation('auth.parentSignOut', {});
    expect(await children(second.onB)).toBe('UNAUTHORIZED');
  });
});
