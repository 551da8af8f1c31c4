import postgres from 'postgres';
import type { SeededSchool } from './seed-school.ts';

/**
 * Appointments by the million, written by PostgreSQL itself (generate_series). Meeting i belongs to
 * teacher i mod T and family i mod F at slot i div T (30 minutes apart), which keeps every
 * teacher's and every family's meetings apart, as the constraints demand; 5% are cancelled.
 * Half lie in the past, half ahead.
 */
export async function seedAppointments(url: string, school: SeededSchool, total: number): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`SET synchronous_commit = off`;
    const teachers = school.teacherIds.length;
    const families = school.parents.length;
    const span = Math.ceil(total / teachers);
    const start = new Date(Date.now() - (span / 2) * 30 * 60_000);
    const batch = 100_000;
    for (let from = 0; from < total; from += batch) {
      const to = Math.min(total, from + batch) - 1;
      await sql`
        INSERT INTO appointments (branch_id, teacher_id, guardian_id, student_id, starts_at, ends_at, status, created_by_kind, created_by_id, cancelled_at)
        SELECT ${school.branchId}, t.id, f.guardian_id, f.student_id,
               ${start}::timestamptz + (i / ${teachers}) * interval '30 minutes',
               ${start}::timestamptz + (i / ${teachers}) * interval '30 minutes' + interval '15 minutes',
               CASE WHEN i % 20 = 0 THEN 'cancelled'::appointment_status ELSE 'scheduled'::appointment_status END,
               'staff', t.id,
               CASE WHEN i % 20 = 0 THEN now() END
        FROM generate_series(${from}::int, ${to}::int) AS i
        JOIN unnest(${sql.array(school.teacherIds)}::uuid[]) WITH ORDINALITY AS t(id, n) ON t.n = i % ${teachers} + 1
        JOIN unnest(${sql.array(school.parents.map((p) => p.guardianId))}::uuid[], ${sql.array(school.parents.map((p) => p.studentId))}::uuid[])
             WITH ORDINALITY AS f(guardian_id, student_id, n) ON f.n = i % ${families} + 1`;
    }
    await sql`ANALYZE`;
  } finally {
    await sql.end();
  }
}
