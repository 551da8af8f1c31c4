import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startServerProcess, type ServerProcess } from './support/server-process.ts';
import { browser } from './test-app.ts';

/**
 * The README's start path with no DATABASE_URL: the real entry point, an embedded PostgreSQL,
 * migrations, the demo seed. Runs whatever DATABASE_URL the rest of the suite uses.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'etm-smoke-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A clean stop: every part shut down in order, nothing crashed on the way out. */
async function expectCleanStop(server: ServerProcess) {
  const code = await server.stop();
  expect(code, server.output()).toBe(0);
}

function start(port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_POSTGRES_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return startServerProcess(env, port);
}

describe('pnpm start without DATABASE_URL', { timeout: 180_000 }, () => {
  it('starts an embedded database, seeds a demo school, lets the demo users in, and keeps data between runs', async () => {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    const first = await start(port);
    expect(first.output()).toContain('Demo school created');
    expect(first.output()).toContain(`Staff portal:  ${base}/staff/`);

    const teacher = browser(base);
    await teacher.mutation('auth.staffSignIn', { email: 'ana.rivera@riverside.test', password: 'riverside-demo' });
    const agenda = (await teacher.query('staff.appointments.list', { view: 'upcoming' })).body.result!.data as {
      items: { student: { name: string } }[];
    };
    expect(agenda.items.map((a) => a.student.name)).toEqual(['Maya Chen', 'Leo Garcia']);

    const parent = browser(base);
    await parent.mutation('auth.requestMagicLink', { email: 'li.chen@example.com' });
    // The link is mailed by the worker, moments after the answer.
    let outbox = '';
    await expect
      .poll(async () => (outbox = await (await fetch(`${base}/dev/outbox`)).text()), { timeout: 15_000 })
      .toMatch(/sign-in#token=/);
    const token = /sign-in#token=([\w-]+)/.exec(outbox)![1]!;
    await parent.mutation('auth.redeemMagicLink', { token });
    const meetings = (await parent.query('parent.appointments.list', { view: 'upcoming' })).body.result!.data as {
      items: { student: { name: string } }[];
    };
    expect(meetings.items.map((a) => a.student.name).sort()).toEqual(['Maya Chen', 'Sam Chen']);
    await expectCleanStop(first);

    const second = await start(port);
    expect(second.output()).not.toContain('Demo school created');
    const again = browser(base);
    await again.mutation('auth.staffSignIn', { email: 'ana.rivera@riverside.test', password: 'riverside-demo' });
    const kept = (await again.query('staff.appointments.list', { view: 'upcoming' })).body.result!.data as {
      items: unknown[];
    };
    expect(kept.items).toHaveLength(2);
    await expectCleanStop(second);
  });
});
