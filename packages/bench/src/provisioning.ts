import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { roomSyncJob } from '@edutrack/core';
import { createDailyClient, isOurRoomName } from '@edutrack/daily';
import { createDailyEmulator, type FaultSettings } from '@edutrack/daily-local/emulator';
import { freshDatabase } from './support/bench-database.ts';
import { seedSchool } from './support/seed-school.ts';
import { startServerChild } from './support/server-child.ts';
import { round } from './support/stats.ts';

const MEETINGS = 600;
const TEACHERS = 30;
const DAILY_REQUESTS_PER_SECOND = 20;

/**
 * Benchmark 3: a conference evening of 600 meetings scheduled at once (each with its room job
 * queued, as the service does); time until every room is ready, against the emulator enforcing
 * Daily's rate limits, beside the floor the limit allows (600 / 20 per s).
 */
async function provisionOnce(label: string, faults: Partial<FaultSettings>) {
  const db = await freshDatabase(`etm_bench_provision`);
  const school = await seedSchool(db.url, { teachers: TEACHERS, families: MEETINGS });
  const sql = postgres(db.url, { max: 2, onnotice: () => {} });
  const evening = new Date(Date.now() + 86_400_000);
  evening.setUTCHours(16, 0, 0, 0);
  await sql.begin(async (tx) => {
    const rows = await tx`
      INSERT INTO appointments (branch_id, teacher_id, guardian_id, student_id, starts_at, ends_at, created_by_kind, created_by_id)
      SELECT ${school.branchId}, t.id, f.guardian_id, f.student_id,
             ${evening}::timestamptz + ((f.n - 1) / ${TEACHERS}) * interval '12 minutes',
             ${evening}::timestamptz + ((f.n - 1) / ${TEACHERS}) * interval '12 minutes' + interval '10 minutes',
             'staff', t.id
      FROM unnest(${sql.array(school.parents.map((p) => p.guardianId))}::uuid[], ${sql.array(school.parents.map((p) => p.studentId))}::uuid[]) WITH ORDINALITY AS f(guardian_id, student_id, n)
      JOIN unnest(${sql.array(school.teacherIds)}::uuid[]) WITH ORDINALITY AS t(id, n) ON t.n = (f.n - 1) % ${TEACHERS} + 1
      RETURNING id`;
    // The app's own job definition, as its bookings queue it (name, key and retry budget).
    await tx`SELECT graphile_worker.add_job(${roomSyncJob.name}, json_build_object('appointmentId', a.id::text),
               job_key := ${roomSyncJob.jobKey?.prefix ?? ''} || a.id, max_attempts := ${roomSyncJob.maxAttempts})
             FROM unnest(${sql.array(rows.map((r) => r.id as string))}::uuid[]) AS a(id)`;
  });

  const apiKey = `bench-${randomBytes(8).toString('hex')}`;
  const emulator = createDailyEmulator({ apiKey, faults: { rateLimits: true, ...faults } });
  const baseUrl = await emulator.listen(0, '127.0.0.1');
  const started = performance.now();
  const server = await startServerChild({
    DATABASE_URL: db.url,
    DAILY_API_KEY: apiKey,
    DAILY_API_URL: baseUrl,
    DAILY_WEBHOOK_SECRET: randomBytes(32).toString('base64'),
    WORKER_CONCURRENCY: '20',
  });
  const bootMs = performance.now() - started;
  let ready = 0;
  for (;;) {
    [{ ready }] =
      (await sql`SELECT count(*)::int AS ready FROM appointment_rooms WHERE status = 'ready'`) as unknown as [
        { ready: number },
      ];
    if (ready >= MEETINGS || performance.now() - started > 600_000) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // From the worker's start (boot excluded): what the rate limit decides.
  const seconds = (performance.now() - started - bootMs) / 1000;
  await server.stop();
  const rooms = (await createDailyClient({ apiKey, baseUrl, rateLimits: false }).listAllRooms())
    .map((r) => r.name!)
    .filter((n) => isOurRoomName(n, 'etm'));
  const injected = emulator.faults.counts;
  await emulator.close();
  await sql.end();
  await db.drop();
  const floorSeconds = MEETINGS / DAILY_REQUESTS_PER_SECOND;
  return {
    label,
    meetings: MEETINGS,
    seconds: round(seconds, 1),
    floorSeconds,
    ratioToLimit: round(floorSeconds / seconds, 2),
    roomsPerSecond: round(ready / seconds, 1),
    ready,
    missing: MEETINGS - ready,
    duplicates: rooms.length - new Set(rooms).size,
    roomsAtDaily: rooms.length,
    injectedFaults: injected,
  };
}

export async function provisioning() {
  return {
    clean: await provisionOnce("Daily's rate limits", {}),
    faulty: await provisionOnce("Daily's rate limits + 10% 500s and 429s", {
      share: 0.1,
      kinds: ['server-error', 'rate-limit'],
      seed: 3,
    }),
  };
}
