import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  branches,
  classes,
  classStudents,
  classTeachers,
  guardianStudents,
  schoolGuardians,
  students,
} from '@edutrack/db';
import { isAdminOf, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { requireBranchMember } from './branches.ts';

export interface StudentWithGuardians {
  id: string;
  name: string;
  externalRef: string;
  classes: string[];
  guardians: { id: string; name: string }[];
}

/**
 * Students a staff member may schedule meetings about: a teacher's own students (those in classes
 * they teach); for an admin, everyone in the branch, or a chosen teacher's students.
 * `search` matches the child's or a parent's name.
 */
export async function listStudentsForStaff(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: { branchId: string; search?: string; teacherId?: string; limit?: number },
): Promise<StudentWithGuardians[]> {
  requireBranchMember(staff, input.branchId);
  const teacherId = isAdminOf(staff, input.branchId) ? input.teacherId : staff.id;
  const conditions: SQL[] = [eq(students.branchId, input.branchId)];
  if (teacherId) conditions.push(inArray(students.id, studentsTaughtBy(teacherId)));
  if (input.search?.trim()) {
    const pattern = `%${escapeLike(input.search.trim())}%`;
    conditions.push(
      or(
        ilike(students.name, pattern),
        inArray(
          students.id,
          deps.db
            .select({ id: guardianStudents.studentId })
            .from(guardianStudents)
            .innerJoin(
              schoolGuardians,
              and(
                eq(schoolGuardians.guardianId, guardianStudents.guardianId),
                eq(schoolGuardians.schoolId, schoolOf(input.branchId)),
              ),
            )
            .where(ilike(schoolGuardians.name, pattern)),
        ),
      )!,
    );
  }
  const found = await deps.db
    .select({ id: students.id, name: students.name, externalRef: students.externalRef })
    .from(students)
    .where(and(...conditions))
    .orderBy(asc(students.name))
    .limit(input.limit ?? 50);
  return attachClassesAndGuardians(deps, found);
}

/** Subquery: ids of the students in any class the teacher teaches. */
function studentsTaughtBy(teacherId: string) {
  return sql`(SELECT cs.student_id FROM ${classStudents} cs JOIN ${classTeachers} ct ON ct.class_id = cs.class_id WHERE ct.staff_id = ${teacherId})`;
}

export async function teachesStudent(
  deps: Pick<CoreDeps, 'db'>,
  teacherId: string,
  studentId: string,
): Promise<boolean> {
  const rows = await deps.db.execute(sql`
    SELECT 1 FROM ${classStudents} cs JOIN ${classTeachers} ct ON ct.class_id = cs.class_id
    WHERE ct.staff_id = ${teacherId} AND cs.student_id = ${studentId} LIMIT 1`);
  return rows.length > 0;
}

async function attachClassesAndGuardians(
  deps: Pick<CoreDeps, 'db'>,
  found: { id: string; name: string; externalRef: string }[],
): Promise<StudentWithGuardians[]> {
  if (!found.length) return [];
  const ids = found.map((s) => s.id);
  const [classRows, guardianRows] = await Promise.all([
    deps.db
      .select({ studentId: classStudents.studentId, name: classes.name })
      .from(classStudents)
      .innerJoin(classes, eq(classes.id, classStudents.classId))
      .where(inArray(classStudents.studentId, ids))
      .orderBy(asc(classes.name)),
    deps.db
      .select({ studentId: guardianStudents.studentId, id: schoolGuardians.guardianId, name: schoolGuardians.name })
      .from(guardianStudents)
      .innerJoin(students, eq(students.id, guardianStudents.studentId))
      .innerJoin(branches, eq(branches.id, students.branchId))
      // The parent as the child's own school knows them (docs/decisions/013).
      .innerJoin(
        schoolGuardians,
        and(
          eq(schoolGuardians.guardianId, guardianStudents.guardianId),
          eq(schoolGuardians.schoolId, branches.schoolId),
        ),
      )
      .where(inArray(guardianStudents.studentId, ids))
      .orderBy(asc(schoolGuardians.name)),
  ]);
  return found.map((s) => ({
    ...s,
    classes: classRows.filter((c) => c.studentId === s.id).map((c) => c.name),
    guardians: guardianRows.filter((g) => g.studentId === s.id).map(({ id, name }) => ({ id, name })),
  }));
}

const schoolOf = (branchId: string) =>
  sql`(SELECT ${branches.schoolId} FROM ${branches} WHERE ${branches.id} = ${branchId})`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
