import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { hashOpaqueToken } from '@edutrack/core';

export interface SeededSchool {
  branchId: string;
  teacherIds: string[];
  /** Parent i has child i, in teacher (i % teachers)'s class; token is their signed-in session. */
  parents: { guardianId: string; studentId: string; teacherIndex: number; token: string }[];
  teacherTokens: string[];
}

/** A school written with bulk SQL (fast): teachers with a class each, families, signed-in sessions. */
export async function seedSchool(
  url: string,
  options: { teachers: number; families: number; timeZone?: string },
): Promise<SeededSchool> {
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  try {
    const [school] = await sql<{ id: string }[]>`INSERT INTO schools (name) VALUES ('Bench School') RETURNING id`;
    const [branch] = await sql<
      { id: string }[]
    >`INSERT INTO branches (school_id, name, time_zone) VALUES (${school!.id}, 'Bench Branch', ${options.timeZone ?? 'Europe/London'}) RETURNING id`;
    const teacherIds = Array.from({ length: options.teachers }, () => randomUUID());
    const classIds = teacherIds.map(() => randomUUID());
    await sql`INSERT INTO staff_users (id, email, name, display_name) SELECT id, 'teacher' || n || '@bench.test', 'Teacher ' || n, 'Teacher ' || n
      FROM unnest(${sql.array(teacherIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO staff_roles (staff_id, branch_id, role) SELECT id, ${branch!.id}, 'teacher' FROM unnest(${sql.array(teacherIds)}::uuid[]) AS t(id)`;
    await sql`INSERT INTO classes (id, branch_id, name) SELECT id, ${branch!.id}, 'Class ' || n FROM unnest(${sql.array(classIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO class_teachers (class_id, staff_id) SELECT * FROM unnest(${sql.array(classIds)}::uuid[], ${sql.array(teacherIds)}::uuid[])`;

    const guardianIds = Array.from({ length: options.families }, () => randomUUID());
    const studentIds = Array.from({ length: options.families }, () => randomUUID());
    const studentClass = studentIds.map((_, i) => classIds[i % classIds.length]!);
    await sql`INSERT INTO guardians (id, email, name) SELECT id, 'parent' || n || '@bench.test', 'Parent ' || n FROM unnest(${sql.array(guardianIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO students (id, branch_id, external_ref, name) SELECT id, ${branch!.id}, 'B-' || n, 'Student ' || n FROM unnest(${sql.array(studentIds)}::uuid[]) WITH ORDINALITY AS t(id, n)`;
    await sql`INSERT INTO guardian_students (guardian_id, student_id) SELECT * FROM unnest(${sql.array(guardianIds)}::uuid[], ${sql.array(studentIds)}::uuid[])`;
    await sql`INSERT INTO class_students (class_id, student_id) SELECT * FROM unnest(${sql.array(studentClass)}::uuid[], ${sql.array(studentIds)}::uuid[])`;

    const parentTokens = guardianIds.map(() => randomUUID() + randomUUID());
    const teacherTokens = teacherIds.map(() => randomUUID() + randomUUID());
    const expires = new Date(Date.now() + 7 * 86_400_000);
    await sql`INSERT INTO sessions (id, user_kind, guardian_id, expires_at) SELECT h, 'guardian', g, ${expires}
      FROM unnest(${sql.array(parentTokens.map(hashOpaqueToken))}::text[], ${sql.array(guardianIds)}::uuid[]) AS t(h, g)`;
    await sql`INSERT INTO sessions (id, user_kind, staff_id, expires_at) SELECT h, 'staff', s, ${expires}
      FROM unnest(${sql.array(teacherTokens.map(hashOpaqueToken))}::text[], ${sql.array(teacherIds)}::uuid[]) AS t(h, s)`;
    return {
      branchId: branch!.id,
      teacherIds,
      parents: guardianIds.map((guardianId, i) => ({
        guardianId,
        studentId: studentIds[i]!,
        teacherIndex: i % teacherIds.length,
        token: parentTokens[i]!,
      })),
      teacherTokens,
    };
  } finally {
    await sql.end();
  }
}
