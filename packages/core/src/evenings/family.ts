import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { notFound } from '../errors.ts';
import { classInScope } from './class-scope.ts';
import type { BookableTarget } from './evening-types.ts';
import type { LoadedEvening } from './load-evening.ts';

export interface FamilyChild {
  id: string;
  name: string;
  targets: BookableTarget[];
}

export interface Family {
  children: FamilyChild[];
  earlyAccess: boolean;
  invitedBy: { teacherId: string; studentId: string }[];
}

/**
 * A parent's children at the evening's branch, each with what they can book: the participating teachers
 * of their classes (within the evening's classes and year groups) and the joint meetings one of those teachers is in.
 * One round trip. NOT_FOUND when none of their children is at the branch (another school's evening).
 */
export async function loadFamily(db: Executor, guardian: GuardianActor, loaded: LoadedEvening): Promise<Family> {
  const { evening } = loaded;
  const rows = await db.execute<{
    id: string;
    name: string;
    teachers: { id: string; name: string }[] | null;
    joints: { id: string; name: string; teacherIds: string[] }[] | null;
    early: boolean;
    flags: string[] | null;
  }>(sql`
    WITH kids AS (
      SELECT s.id, s.name FROM guardian_students gs JOIN students s ON s.id = gs.student_id
      WHERE gs.guardian_id = ${guardian.id} AND s.branch_id = ${evening.branchId}
    ), teachers AS (
      SELECT DISTINCT cs.student_id, et.teacher_id, su.display_name
      FROM kids k
      JOIN class_students cs ON cs.student_id = k.id
      JOIN class_teachers ct ON ct.class_id = cs.class_id
      JOIN evening_teachers et ON et.teacher_id = ct.staff_id AND et.evening_id = ${evening.id}
      JOIN staff_users su ON su.id = et.teacher_id
      WHERE ${classInScope(evening, sql`cs.class_id`)}
    )
    SELECT k.id, k.name,
      (SELECT json_agg(json_build_object('id', t.teacher_id, 'name', t.display_name) ORDER BY t.display_name)
         FROM teachers t WHERE t.student_id = k.id) AS teachers,
      (SELECT json_agg(json_build_object('id', j.id, 'name', j.name, 'teacherIds', j.teacher_ids) ORDER BY j.name)
         FROM evening_joint_meetings j WHERE j.evening_id = ${evening.id}
         AND EXISTS (SELECT 1 FROM teachers t WHERE t.student_id = k.id AND t.teacher_id = ANY(j.teacher_ids))) AS joints,
      EXISTS (SELECT 1 FROM evening_early_access ea WHERE ea.evening_id = ${evening.id} AND ea.student_id = k.id) AS early,
      (SELECT array_agg(f.teacher_id) FROM evening_flags f WHERE f.evening_id = ${evening.id} AND f.student_id = k.id) AS flags
    FROM kids k ORDER BY k.name`);
  if (!rows.length) throw notFound('evening');
  const children = rows.map((r) => ({
    id: r.id,
    name: r.name,
    targets: [
      ...(r.teachers ?? []).map((t) => ({ id: t.id, joint: false, name: t.name, teacherIds: [t.id] })),
      ...(r.joints ?? []).map((j) => ({ id: j.id, joint: true, name: j.name, teacherIds: j.teacherIds })),
    ],
  }));
  const invitedBy = rows.flatMap((r) => (r.flags ?? []).map((teacherId) => ({ teacherId, studentId: r.id })));
  return { children, earlyAccess: rows.some((r) => r.early) || invitedBy.length > 0, invitedBy };
}

export function childOf(family: Family, studentId: string): FamilyChild {
  const child = family.children.find((c) => c.id === studentId);
  if (!child) throw notFound('child');
  return child;
}

export function targetOf(child: FamilyChild, targetId: string): BookableTarget {
  const target = child.targets.find((t) => t.id === targetId);
  if (!target) throw notFound('teacher');
  return target;
}
