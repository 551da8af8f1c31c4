import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDailyEmulator } from '@edutrack/daily-local/emulator';
import { createEvening, createSession, openingRules, systemClock } from '@edutrack/core';
import { countEveningBookings, insertRushSchool, useSchoolHarness } from '@edutrack/core/testing';
import { freePort, startServerProcess, type ServerProcess } from '../support/server-process.ts';

/**
 * The opening rush of a parents' evening against two real server processes on one database: each
 * family proposes on one and confirms on the other, over HTTP with its session cookie. Whatever each
 * process keeps in memory, the database's holds and constraints must keep every teacher, parent and
 * slot to one meeting at a time, and every confirmation a parent saw must be a meeting in the database.
 */
// Real time: the servers are other processes, on the system clock.
const h = useSchoolHarness({ clock: systemClock });
const running: ServerProcess[] = [];
// Several servers share one Daily (a built-in emulator is refused when another server runs one).
const apiKey = 'evening-rush-two-processes';
const emulator = createDailyEmulator({ apiKey });
afterAll(async () => {
  for (const p of running) await p.stop('SIGKILL');
  await emulator.close();
});

const FAMILIES = 40;

async function call(server: ServerProcess, token: string, path: string, input: unknown) {
  const res = await fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `etm_parent=${token}`, origin: server.url },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { result?: { data: unknown }; error?: { data?: { code?: string } } };
  if (!res.ok) throw new Error(`refused ${body.error?.data?.code ?? res.status}`);
  return body.result!.data;
}

describe('an evening’s opening rush across two server processes', () => {
  it('40 families confirming through both: no teacher, parent or slot double booked, every confirmation stored', async () => {
    const db = h.testDb.db;
    const { branch } = h.world.a;
    const env = {
      ...process.env,
      DATABASE_URL: h.testDb.url,
      DAILY_API_KEY: apiKey,
      DAILY_API_URL: await emulator.listen(0, '127.0.0.1'),
      LOG_LEVEL: 'warn',
      RUN_WORKER: 'false',
      SEED_DEMO: 'false',
    };
    const servers = Promise.all([
      freePort().then((port) => startServerProcess(env, port, 'src/main.ts', 180_000)),
      freePort().then((port) => startServerProcess(env, port, 'src/main.ts', 180_000)),
    ]).then((started) => (running.push(...started), started));

    const { classes, families } = await insertRushSchool(db, branch.id, FAMILIES);
    const evening = await createEvening(h.deps, await h.staff(h.world.a.admin), {
      branchId: branch.id,
      name: 'Rush evening',
      sessions: [{ date: '2030-03-12', startTime: '17:00', endTime: '18:00' }],
      slotMinutes: 10,
      gapMinutes: 0,
      classIds: classes.map((c) => c.id),
      yearGroups: [],
      rules: openingRules(new Date(Date.now() - 60_000)),
    });
    const tokens = await Promise.all(
      families.map(async (f) => (await createSession(db, systemClock, 'guardian', f.guardian.id)).token),
    );
    const [a, b] = await servers;

    const confirmed: string[] = [];
    const outcomes = await Promise.all(
      families.map(async (f, i) => {
        const [first, second] = i % 2 ? [a, b] : [b, a];
        try {
          const p = (await call(first, tokens[i]!, 'parent.evenings.propose', {
            eveningId: evening.id,
            requests: [{ studentId: f.student.id }],
          })) as { meetings: { slotId: string }[] };
          if (!p.meetings.length) return 'nothing free';
          const c = (await call(second, tokens[i]!, 'parent.evenings.confirm', {
            eveningId: evening.id,
            slotIds: p.meetings.map((m) => m.slotId),
          })) as { meetings: { appointmentId: string }[] };
          confirmed.push(...c.meetings.map((m) => m.appointmentId));
          return 'booked';
        } catch (error) {
          return (error as Error).message;
        }
      }),
    );
    // Refusals are the clean ones a parent can act on ("taken, try again"); nothing else.
    expect(outcomes.filter((o) => !/^(booked|nothing free|refused (CONFLICT|PRECONDITION_FAILED))$/.test(o))).toEqual(
      [],
    );

    const counts = await countEveningBookings(db, evening.id);
    const [{ stored } = { stored: 0 }] = await db.execute<{ stored: number }>(sql`
      SELECT count(*)::int AS stored FROM appointments WHERE id = ANY(${`{${confirmed.join(',')}}`}::uuid[])
        AND status <> 'cancelled'`);
    // 4 teachers × 6 slots, 40 families asking for all four: every slot booked once, each one confirmed to a parent.
    expect({ ...counts, stored }).toEqual({ booked: 24, slots: 24, teacherOverlaps: 0, parentOverlaps: 0, stored: 24 });
    expect(new Set(confirmed).size).toBe(24);
  });
});
