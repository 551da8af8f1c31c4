import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { createDailyEmulator } from '@edutrack/daily-local/emulator';
import { freshDatabase } from './support/bench-database.ts';
import { countBy, runWithConcurrency, trpcOutcome, type Sample } from './support/load.ts';
import { seedSchool } from './support/seed-school.ts';
import { startServerChild } from './support/server-child.ts';
import { percentiles, round } from './support/stats.ts';

const TEACHERS = 30;
const SLOTS_PER_TEACHER = 20;
const PARENTS = 2000;
const CONCURRENCY = 64;
/** The second, unhurried pass: how long one booking takes when it does not queue behind 63 others. */
const LOW_CONCURRENCY = 8;
const LOW_CONCURRENCY_ATTEMPTS = 400;

/**
 * Benchmark 1 (and 5): a conference evening opens for booking. 2,000 signed-in parents book from
 * 600 open slots of 30 teachers at once through the real HTTP API, 64 requests in flight; then the
 * same 2,000 inserts straight into PostgreSQL under the same constraints (the ceiling).
 *
 * At 64 in flight, latency is mostly queueing (Little's law: in flight = throughput × mean latency),
 * so the ceiling's own percentiles at the same concurrency are reported beside the API's, and a second
 * pass at 8 in flight (API and ceiling, on emptied tables) shows what one booking costs without the queue.
 */
export async function bookingRush() {
  const db = await freshDatabase('etm_bench_rush');
  const school = await seedSchool(db.url, { teachers: TEACHERS, families: PARENTS });
  const sql = postgres(db.url, { max: CONCURRENCY, onnotice: () => {} });
  const evening = new Date(Date.now() + 86_400_000);
  evening.setUTCHours(17, 0, 0, 0);
  const slotsByTeacher: { id: string; startsAt: Date; endsAt: Date }[][] = [];
  for (const teacherId of school.teacherIds) {
    const rows = Array.from({ length: SLOTS_PER_TEACHER }, (_, k) => ({
      id: randomUUID(),
      startsAt: new Date(evening.getTime() + k * 12 * 60_000),
      endsAt: new Date(evening.getTime() + k * 12 * 60_000 + 10 * 60_000),
    }));
    await sql`INSERT INTO availability_slots ${sql(rows.map((r) => ({ id: r.id, branch_id: school.branchId, teacher_id: teacherId, starts_at: r.startsAt, ends_at: r.endsAt, created_by_id: teacherId })))}`;
    slotsByTeacher.push(rows);
  }
  // Every parent wants a slot of their child's teacher; about 3.3 parents per slot.
  const wants = school.parents.map((p, i) => ({
    ...p,
    slot: slotsByTeacher[p.teacherIndex]![Math.floor(i / TEACHERS) % SLOTS_PER_TEACHER]!,
  }));

  // As in production the server talks to a Daily of its own (here a standalone emulator), so the
  // memory measured is the server's alone.
  const emulator = createDailyEmulator({ apiKey: 'bench-rush-key' });
  const dailyUrl = await emulator.listen(0, '127.0.0.1');
  const server = await startServerChild({
    DATABASE_URL: db.url,
    RUN_WORKER: 'false',
    DAILY_API_KEY: 'bench-rush-key',
    DAILY_API_URL: dailyUrl,
    DAILY_WEBHOOK_SECRET: 'YmVuY2g=',
  });
  const book = (w: (typeof wants)[number]) => async () => {
    const res = await fetch(`${server.url}/trpc/parent.appointments.book`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `etm_parent=${w.token}`, origin: server.url },
      body: JSON.stringify({
        slotId: w.slot.id,
        studentId: w.studentId,
        idempotencyKey: randomUUID().replace(/-/g, ''),
      }),
    });
    return trpcOutcome(res);
  };
  // Warm-up: the first requests compile code paths; they read, so the rush itself starts clean.
  await runWithConcurrency(
    wants.slice(0, 50).map(
      (w) => () =>
        fetch(`${server.url}/trpc/parent.availability.openSlots?input=%7B%7D`, {
          headers: { cookie: `etm_parent=${w.token}` },
        }).then(trpcOutcome),
    ),
    8,
  );
  const api = await runWithConcurrency(wants.map(book), CONCURRENCY);
  const doubles = await doubleBookings(sql);
  const [booked] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM appointments`;
  // The unhurried pass starts from empty tables, so it books as the rush's first minutes did.
  await sql`TRUNCATE appointments CASCADE`;
  const calm = wants.slice(0, LOW_CONCURRENCY_ATTEMPTS);
  const apiCalm = await runWithConcurrency(calm.map(book), LOW_CONCURRENCY);
  const calmDoubles = await doubleBookings(sql);
  const peakRssMb = server.peakRssMb();
  await server.stop();
  await emulator.close();

  // The ceiling: the same rows, straight into PostgreSQL, same constraints, same concurrency.
  const insert = (w: (typeof wants)[number]) => async () => {
    try {
      await sql`INSERT INTO appointments (branch_id, teacher_id, guardian_id, student_id, slot_id, starts_at, ends_at, created_by_kind, created_by_id)
        VALUES (${school.branchId}, ${school.teacherIds[w.teacherIndex]!}, ${w.guardianId}, ${w.studentId}, ${w.slot.id}, ${w.slot.startsAt}, ${w.slot.endsAt}, 'guardian', ${w.guardianId})`;
      return 'ok';
    } catch (error) {
      const code = (error as { code?: string }).code;
      return code === '23505' || code === '23P01' ? 'CONFLICT' : `error ${code}`;
    }
  };
  await sql`TRUNCATE appointments CASCADE`;
  const t0 = performance.now();
  const ceiling = await runWithConcurrency(wants.map(insert), CONCURRENCY);
  const ceilingMs = performance.now() - t0;
  await sql`TRUNCATE appointments CASCADE`;
  const ceilingCalm = await runWithConcurrency(calm.map(insert), LOW_CONCURRENCY);
  await sql.end();
  await db.drop();

  const apiRate = (api.samples.length / api.elapsedMs) * 1000;
  const ceilingRate = (ceiling.samples.length / ceilingMs) * 1000;
  return {
    attempts: api.samples.length,
    bookings: booked!.n,
    seconds: round(api.elapsedMs / 1000, 2),
    attemptsPerSecond: round(apiRate),
    bookingsPerSecond: round((booked!.n / api.elapsedMs) * 1000),
    latencyMs: latencyOf(api.samples),
    outcomes: countBy(api.samples),
    doubleBookings: doubles + calmDoubles,
    ceilingAttemptsPerSecond: round(ceilingRate),
    /** The raw inserts' own latency at the same 64 in flight: the queueing a booking cannot avoid. */
    ceilingLatencyMs: latencyOf(ceiling.samples),
    ceilingOutcomes: countBy(ceiling.samples),
    ratioToCeiling: round(apiRate / ceilingRate, 2),
    atLowConcurrency: {
      inFlight: LOW_CONCURRENCY,
      attempts: apiCalm.samples.length,
      attemptsPerSecond: round((apiCalm.samples.length / apiCalm.elapsedMs) * 1000),
      latencyMs: latencyOf(apiCalm.samples),
      outcomes: countBy(apiCalm.samples),
      ceilingAttemptsPerSecond: round((ceilingCalm.samples.length / ceilingCalm.elapsedMs) * 1000),
      ceilingLatencyMs: latencyOf(ceilingCalm.samples),
    },
    serverPeakRssMb: round(peakRssMb),
  };
}

function latencyOf(samples: Sample[]) {
  const l = percentiles(samples.map((s) => s.ms));
  return { p50: round(l.p50), p95: round(l.p95), p99: round(l.p99), max: round(l.max) };
}

/** Overlapping active meetings of one teacher or one parent, and slots booked twice: must be 0. */
async function doubleBookings(sql: postgres.Sql): Promise<number> {
  const [d] = await sql<{ teacher: number; guardian: number; slot: number }[]>`
    SELECT
      (SELECT count(*)::int FROM appointments a JOIN appointments b ON a.teacher_id = b.teacher_id AND a.id < b.id
        AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) AS teacher,
      (SELECT count(*)::int FROM appointments a JOIN appointments b ON a.guardian_id = b.guardian_id AND a.id < b.id
        AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) AS guardian,
      (SELECT count(*)::int FROM (SELECT slot_id FROM appointments WHERE slot_id IS NOT NULL AND status <> 'cancelled' GROUP BY slot_id HAVING count(*) > 1) s) AS slot`;
  return d!.teacher + d!.guardian + d!.slot;
}
