import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { hashOpaqueToken } from '@edutrack/core';
import { benchEnv } from './env.ts';
import { freshDatabase } from './support/bench-database.ts';
import { countBy, type Sample } from './support/load.ts';
import { offlinePlan } from './support/offline-plan.ts';
import { startServerChild } from './support/server-child.ts';
import { percentiles, round } from './support/stats.ts';

const SLOT_MINUTES = 5;
const SESSION = { startTime: '16:00', endTime: '19:00' }; // 36 five-minute slots

/** A small deterministic generator, so every run asks for the same things. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Family {
  token: string;
  guardianId: string;
  children: { studentId: string; teacherIds: string[] }[];
}

/**
 * The school of the opening rush, in bulk SQL: `teachers` teachers with a class each, `families`
 * families (every other one with two children), each child in 2-4 of those classes, the less
 * "popular" teachers less often (demand exceeds supply, more so for some), and one admin.
 */
async function seed(url: string, teachers: number, families: number) {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const next = random(13);
  try {
    const [school] = await sql<{ id: string }[]>`INSERT INTO schools (name) VALUES ('Rush School') RETURNING id`;
    const [branch] = await sql<
      { id: string }[]
    >`INSERT INTO branches (school_id, name, time_zone) VALUES (${school!.id}, 'Rush Branch', 'Europe/London') RETURNING id`;
    const staffIds = Array.from({ length: teachers + 1 }, () => randomUUID());
    const [adminId, ...teacherIds] = staffIds;
    const classIds = teacherIds.map(() => randomUUID());
    await sql`INSERT INTO staff_users (id, email, name, display_name) SELECT id, 'staff' || n || '@rush.test', 'Teacher ' || n, 'Teacher ' || n
      FROM unnest(${sql.array(staffIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO staff_roles (staff_id, branch_id, role) SELECT id, ${branch!.id}, CASE WHEN id = ${adminId!}::uuid THEN 'admin'::staff_role ELSE 'teacher'::staff_role END
      FROM unnest(${sql.array(staffIds)}::uuid[]) AS t(id)`;
    await sql`INSERT INTO classes (id, branch_id, name) SELECT id, ${branch!.id}, 'Class ' || n FROM unnest(${sql.array(classIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO class_teachers (class_id, staff_id) SELECT * FROM unnest(${sql.array(classIds)}::uuid[], ${sql.array(teacherIds)}::uuid[])`;

    const plan: Family[] = [];
    const links: { guardian: string; student: string }[] = [];
    const classStudent: { cls: string; student: string }[] = [];
    for (let f = 0; f < families; f++) {
      const guardianId = randomUUID();
      const children = Array.from({ length: f % 2 === 0 ? 2 : 1 }, () => {
        const studentId = randomUUID();
        const wanted = new Set<number>();
        const count = 2 + Math.floor(next() * 3);
        while (wanted.size < count) wanted.add(Math.floor(teachers * next() ** 1.4));
        for (const t of wanted) classStudent.push({ cls: classIds[t]!, student: studentId });
        links.push({ guardian: guardianId, student: studentId });
        return { studentId, teacherIds: [...wanted].map((t) => teacherIds[t]!) };
      });
      plan.push({ token: randomUUID() + randomUUID(), guardianId, children });
    }
    const guardianIds = plan.map((f) => f.guardianId);
    const studentIds = links.map((l) => l.student);
    await sql`INSERT INTO guardians (id, email, name) SELECT id, 'parent' || n || '@rush.test', 'Parent ' || n FROM unnest(${sql.array(guardianIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO school_guardians (school_id, guardian_id, name) SELECT ${school!.id}, id, 'Parent ' || n FROM unnest(${sql.array(guardianIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO students (id, branch_id, external_ref, name) SELECT id, ${branch!.id}, 'R-' || n, 'Student ' || n FROM unnest(${sql.array(studentIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO guardian_students (guardian_id, student_id) SELECT * FROM unnest(${sql.array(links.map((l) => l.guardian))}::uuid[], ${sql.array(studentIds)}::uuid[])`;
    await sql`INSERT INTO class_students (class_id, student_id) SELECT * FROM unnest(${sql.array(classStudent.map((c) => c.cls))}::uuid[], ${sql.array(classStudent.map((c) => c.student))}::uuid[])`;
    const expires = new Date(Date.now() + 7 * 86_400_000);
    await sql`INSERT INTO sessions (id, user_kind, guardian_id, expires_at) SELECT h, 'guardian', g, ${expires}
      FROM unnest(${sql.array(plan.map((f) => hashOpaqueToken(f.token)))}::text[], ${sql.array(guardianIds)}::uuid[]) AS t(h, g)`;
    const adminToken = randomUUID() + randomUUID();
    await sql`INSERT INTO sessions (id, user_kind, staff_id, expires_at) VALUES (${hashOpaqueToken(adminToken)}, 'staff', ${adminId!}, ${expires})`;
    return { branchId: branch!.id, adminToken, families: plan };
  } finally {
    await sql.end();
  }
}

type Call = { ok: true; data: unknown } | { ok: false; code: string };

async function trpc(base: string, path: string, cookie: string, input: unknown): Promise<Call> {
  const res = await fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { result?: { data: unknown }; error?: { data?: { code?: string } } };
  return res.ok
    ? { ok: true, data: body.result!.data }
    : { ok: false, code: body.error?.data?.code ?? `HTTP ${res.status}` };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Benchmark 6: a parents' evening opens. `families` families (1,500 children at the default 1,000) each
 * ask for every child's 2-4 teachers within the same few seconds, against `teachers` teachers × 36
 * five-minute slots (a 3-hour evening), through the real API over HTTP: propose an itinerary (held
 * for 2 minutes), a moment to look at it, confirm it. A family refused proposes again (twice at most).
 * Then, in the database: double bookings, holds left to lapse, and the share of requested meetings
 * served beside an offline plan of the same requests.
 */
export async function openingRush() {
  const teachers = benchEnv.BENCH_RUSH_TEACHERS;
  const db = await freshDatabase('etm_bench_opening');
  const school = await seed(db.url, teachers, benchEnv.BENCH_RUSH_FAMILIES);
  const server = await startServerChild({ DATABASE_URL: db.url, RUN_WORKER: 'false' });
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const created = await trpc(server.url, 'staff.evenings.create', `etm_staff=${school.adminToken}`, {
    branchId: school.branchId,
    name: 'Rush evening',
    sessions: [{ date: day, ...SESSION }],
    slotMinutes: SLOT_MINUTES,
    gapMinutes: 0,
    classIds: [],
    rules: { opensAt: new Date(Date.now() - 60_000).toISOString(), householdMode: 'per_parent' },
  });
  if (!created.ok) throw new Error(`could not create the evening: ${created.code}`);
  const eveningId = (created.data as { id: string }).id;

  const next = random(7);
  const proposals: Sample[] = [];
  const confirmations: Sample[] = [];
  let confirmRefusedExpired = 0;
  const timed = async (into: Sample[], call: () => Promise<Call>) => {
    const t0 = performance.now();
    const result = await call().catch((error: Error): Call => ({ ok: false, code: `client error: ${error.message}` }));
    into.push({ ms: performance.now() - t0, outcome: result.ok ? 'ok' : result.code });
    return result;
  };
  const family = async (f: Family) => {
    await sleep(next() * benchEnv.BENCH_RUSH_ARRIVAL_MS);
    const cookie = `etm_parent=${f.token}`;
    // A parent whose proposal lost its race (CONFLICT) or whose hold ran out tries again, twice at most.
    for (let round = 0; round < 3; round++) {
      const proposed = await timed(proposals, () =>
        trpc(server.url, 'parent.evenings.propose', cookie, {
          eveningId,
          requests: f.children.map((c) => ({ studentId: c.studentId, targetIds: c.teacherIds })),
        }),
      );
      if (!proposed.ok && proposed.code === 'CONFLICT') continue;
      if (!proposed.ok) return;
      const slotIds = (proposed.data as { meetings: { slotId: string }[] }).meetings.map((m) => m.slotId);
      if (!slotIds.length) return;
      await sleep(benchEnv.BENCH_RUSH_THINK_MS * (0.5 + next()));
      const confirmed = await timed(confirmations, () =>
        trpc(server.url, 'parent.evenings.confirm', cookie, { eveningId, slotIds }),
      );
      if (confirmed.ok || confirmed.code !== 'PRECONDITION_FAILED') return;
      confirmRefusedExpired++;
    }
  };
  const started = performance.now();
  await Promise.all(school.families.map(family));
  const elapsedMs = performance.now() - started;
  const peakRssMb = server.peakRssMb();
  await server.stop();

  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  const [check] = await sql<{ teacher: number; guardian: number; slot: number; booked: number; lapsed: number }[]>`
    SELECT
      (SELECT count(*)::int FROM appointment_teachers a JOIN appointment_teachers b ON a.teacher_id = b.teacher_id
        AND (a.appointment_id, a.teacher_id) < (b.appointment_id, b.teacher_id) AND a.active AND b.active
        AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) AS teacher,
      (SELECT count(*)::int FROM appointments a JOIN appointments b ON a.guardian_id = b.guardian_id AND a.id < b.id
        AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) AS guardian,
      (SELECT count(*)::int FROM (SELECT evening_slot_id FROM appointments WHERE evening_slot_id IS NOT NULL AND status <> 'cancelled'
        GROUP BY evening_slot_id HAVING count(*) > 1) s) AS slot,
      (SELECT count(*)::int FROM appointments WHERE evening_id = ${eveningId} AND status <> 'cancelled') AS booked,
      (SELECT count(*)::int FROM evening_slots WHERE evening_id = ${eveningId} AND hold_kind = 'proposal') AS lapsed`;
  await sql.end();
  await db.drop();

  const requested = school.families.reduce((n, f) => n + f.children.reduce((m, c) => m + c.teacherIds.length, 0), 0);
  const offline = offlinePlan(
    school.families.map((f) => ({ teacherIds: f.children.flatMap((c) => c.teacherIds) })),
    (3 * 60) / SLOT_MINUTES,
  );
  const latency = (samples: Sample[]) => {
    const p = percentiles(samples.map((s) => s.ms));
    return { p50: round(p.p50), p95: round(p.p95), p99: round(p.p99), max: round(p.max) };
  };
  const { booked } = check!;
  return {
    families: school.families.length,
    children: school.families.reduce((n, f) => n + f.children.length, 0),
    teachers,
    slots: teachers * ((3 * 60) / SLOT_MINUTES),
    requestedMeetings: requested,
    arrivalWindowMs: benchEnv.BENCH_RUSH_ARRIVAL_MS,
    thinkMs: benchEnv.BENCH_RUSH_THINK_MS,
    seconds: round(elapsedMs / 1000, 2),
    proposalsPerSecond: round((proposals.length / elapsedMs) * 1000),
    confirmationsPerSecond: round((confirmations.filter((s) => s.outcome === 'ok').length / elapsedMs) * 1000),
    proposeLatencyMs: latency(proposals),
    confirmLatencyMs: latency(confirmations),
    proposeOutcomes: countBy(proposals),
    confirmOutcomes: countBy(confirmations),
    expiredHolds: { confirmRefused: confirmRefusedExpired, leftToLapse: check!.lapsed },
    doubleBookings: check!.teacher + check!.guardian + check!.slot,
    meetingsBooked: booked,
    offlineGreedy: offline.greedy,
    offlineBound: offline.bound,
    servedShareOfRequested: round(booked / requested, 3),
    qualityVsOfflineGreedy: round(booked / offline.greedy, 3),
    qualityVsBound: round(booked / offline.bound, 3),
    serverPeakRssMb: round(peakRssMb),
  };
}
