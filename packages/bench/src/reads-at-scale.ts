import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchEnv, childEnv } from './env.ts';
import { freshDatabase } from './support/bench-database.ts';
import { runForDuration, trpcOutcome, countBy } from './support/load.ts';
import { seedAppointments } from './support/seed-million.ts';
import { seedSchool } from './support/seed-school.ts';
import { startServerChild } from './support/server-child.ts';
import { percentiles, round } from './support/stats.ts';

/** Throughput is measured with 16 requests in flight (the server saturated)... */
const CONCURRENCY = 16;
/** ...latency with 4 (a busy evening's load on two cores, not a queue behind a saturated machine). */
const LATENCY_CONCURRENCY = 4;
const DURATION_MS = 10_000;

async function startBareRoute(url: string): Promise<{ base: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./bare-route-server.ts', import.meta.url))],
    { env: childEnv({ BARE_DATABASE_URL: url }) },
  );
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const match = /BARE (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`bare route exited ${code}`)));
  });
  return { base, stop: () => child.kill() };
}

async function measure(task: (i: number) => Promise<string>) {
  const saturated = await runForDuration(task, CONCURRENCY, DURATION_MS);
  const moderate = await runForDuration(task, LATENCY_CONCURRENCY, DURATION_MS);
  const under = (run: typeof saturated) => percentiles(run.samples.map((s) => s.ms));
  return {
    requestsPerSecond: round((saturated.samples.length / saturated.elapsedMs) * 1000),
    saturatedP99Ms: round(under(saturated).p99, 2),
    p50Ms: round(under(moderate).p50, 2),
    p99Ms: round(under(moderate).p99, 2),
    outcomes: countBy([...saturated.samples, ...moderate.samples]),
  };
}

/**
 * Benchmark 2: with a million appointments, a parent's "my meetings" and a teacher's day agenda
 * through the API, beside a bare Fastify route running the same query, in the same run.
 */
export async function readsAtScale() {
  const db = await freshDatabase('etm_bench_reads');
  const school = await seedSchool(db.url, { teachers: 500, families: 50_000 });
  const seedStarted = Date.now();
  await seedAppointments(db.url, school, benchEnv.BENCH_APPOINTMENTS);
  const seedSeconds = round((Date.now() - seedStarted) / 1000);

  const server = await startServerChild({ DATABASE_URL: db.url, RUN_WORKER: 'false' });
  const bare = await startBareRoute(db.url);
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const dayInput = (i: number) => ({
    view: 'range',
    from: new Date(today.getTime() + (i % 7) * 86_400_000).toISOString(),
    to: new Date(today.getTime() + ((i % 7) + 1) * 86_400_000).toISOString(),
  });
  const parents = school.parents.slice(0, 2000);
  const parentApi = (i: number) =>
    fetch(`${server.url}/trpc/parent.appointments.list?input=${encodeURIComponent('{"view":"upcoming"}')}`, {
      headers: { cookie: `etm_parent=${parents[i % parents.length]!.token}` },
    }).then(trpcOutcome);
  const parentBare = (i: number) =>
    fetch(`${bare.base}/bare?guardian=${parents[i % parents.length]!.guardianId}`).then((r) =>
      r.ok ? r.arrayBuffer().then(() => 'ok') : `HTTP ${r.status}`,
    );
  const teacherApi = (i: number) =>
    fetch(`${server.url}/trpc/staff.appointments.list?input=${encodeURIComponent(JSON.stringify(dayInput(i)))}`, {
      headers: { cookie: `etm_staff=${school.teacherTokens[i % school.teacherTokens.length]!}` },
    }).then(trpcOutcome);
  const teacherBare = (i: number) => {
    const d = dayInput(i);
    return fetch(
      `${bare.base}/bare?teacher=${school.teacherIds[i % school.teacherIds.length]!}&from=${d.from}&to=${d.to}`,
    ).then((r) => (r.ok ? r.arrayBuffer().then(() => 'ok') : `HTTP ${r.status}`));
  };
  // Warm both (plans, caches, JIT), then measure each for the same time at the same concurrency.
  for (const task of [parentApi, parentBare, teacherApi, teacherBare]) await runForDuration(task, CONCURRENCY, 2_000);
  const result = {
    appointments: benchEnv.BENCH_APPOINTMENTS,
    seedSeconds,
    parentMyMeetings: { api: await measure(parentApi), bare: await measure(parentBare) },
    teacherDayAgenda: { api: await measure(teacherApi), bare: await measure(teacherBare) },
  };
  bare.stop();
  await server.stop();
  await db.drop();
  return {
    ...result,
    parentRatio: round(
      result.parentMyMeetings.api.requestsPerSecond / result.parentMyMeetings.bare.requestsPerSecond,
      2,
    ),
    teacherRatio: round(
      result.teacherDayAgenda.api.requestsPerSecond / result.teacherDayAgenda.bare.requestsPerSecond,
      2,
    ),
  };
}
