import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlFor, startEmbeddedPostgres, type RunningPostgres } from '@edutrack/db/embedded';
import { loadEnv } from '../../src/env.ts';
import { startServer, type RunningServer } from '../../src/runtime/start-server.ts';
import { freePort } from '../support/server-process.ts';
import { browser } from '../test-app.ts';

/**
 * The database restarts under load: requests fail cleanly with a retryable error (503 and a message
 * that says to try again), never a 500, and nothing is half-written; after it is back, requests succeed.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'etm-restart-'));
let pg: RunningPostgres;
let port: number;
let server: RunningServer;

beforeAll(async () => {
  port = await freePort();
  pg = await startEmbeddedPostgres({ dataDir, port });
  const admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe('CREATE DATABASE edutrack');
  await admin.end();
  server = await startServer(
    loadEnv({
      DATABASE_URL: databaseUrlFor(pg.adminUrl, 'edutrack'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      EXTRA_ALLOWED_ORIGINS: 'http://localhost',
      RUN_WORKER: 'false',
    }),
  );
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Outcome = { status: number; message?: string };

describe('the database restarts under load', () => {
  it('answers 503 "try again" while it is down, recovers by itself, and writes nothing by halves', async () => {
    const teacher = browser(server.url, 'http://localhost');
    await teacher.mutation('auth.staffSignIn', { email: 'ana.rivera@riverside.test', password: 'riverside-demo' });
    const students = (await teacher.query('staff.directory.students', {})).body.result!.data as {
      id: string;
      guardians: { id: string }[];
    }[];
    const student = students[0]!;

    let n = 0;
    const outcomes: Outcome[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const start = new Date(Date.now() + (3 * 86_400_000 + n++ * 20 * 60_000));
        const op =
          n % 2
            ? teacher.query('staff.appointments.list', { view: 'upcoming' })
            : teacher.mutation('staff.appointments.schedule', {
                guardianId: student.guardians[0]!.id,
                studentId: student.id,
                startsAt: start.toISOString(),
                endsAt: new Date(start.getTime() + 10 * 60_000).toISOString(),
              });
        const { res, body } = await op;
        outcomes.push({ status: res.status, message: body.error?.message });
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const beforeOutage = outcomes.length;
    await pg.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const duringOutage = outcomes.slice(beforeOutage);
    pg = await startEmbeddedPostgres({ dataDir, port });
    const recovered = outcomes.length;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    stop = true;
    await load;

    expect(outcomes.slice(0, beforeOutage).every((o) => o.status === 200)).toBe(true);
    expect(duringOutage.length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    const refused = duringOutage.filter((o) => o.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((o) => /couldn't reach our database.*try again/i.test(o.message ?? ''))).toBe(true);
    expect(outcomes.slice(recovered).filter((o) => o.status === 200).length).toBeGreaterThan(5);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Nothing half-written: every meeting has its room job (or room) and its emails to both sides.
    const orphans = await server.deps.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM appointments a
      WHERE NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'room-sync:' || a.id)
        AND NOT EXISTS (SELECT 1 FROM appointment_rooms r WHERE r.appointment_id = a.id)`);
    expect(orphans[0]!.n).toBe(0);
    const [counts] = await server.deps.db.execute<{ meetings: number; emails: number }>(sql`
      SELECT (SELECT count(*)::int FROM appointments) AS meetings,
             (SELECT count(*)::int FROM outbox_emails WHERE subject LIKE 'Meeting scheduled:%') AS emails`);
    expect(counts!.emails).toBe(2 * counts!.meetings);
  });
});
