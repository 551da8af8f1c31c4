import { and, asc, eq, inArray } from 'drizzle-orm';
import { branches, classes, classStudents, classTeachers, guardianStudents, staffUsers, students } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';

export interface ChildView {
  id: string;
  name: string;
  branch: { id: string; name: string; timeZone: string };
  classes: string[];
  teachers: { id: string; displayName: string }[];
}

/** A parent's children, each with branch, classes and the teachers of those classes. */
export async function listMyChildren(deps: Pick<CoreDeps, 'db'>, guardian: GuardianActor): Promise<ChildView[]> {
  const children = await deps.db
    .select({
      id: students.id,
      name: students.name,
      branch: { id: branches.id, name: branches.name, timeZone: branches.timeZone },
    })
    .from(guardianStudents)
    .innerJoin(students, eq(students.id, guardianStudents.studentId))
    .innerJoin(branches, eq(branches.id, students.branchId))
    .where(eq(guardianStudents.guardianId, guardian.id))
    .orderBy(asc(students.name));
  if (!children.length) return [];
  const rows = await deps.db
    .select({
      studentId: classStudents.studentId,
      className: classes.name,
      teacherId: staffUsers.id,
      teacherName: staffUsers.displayName,
    })
    .from(classStudents)
    .innerJoin(classes, eq(classes.id, classStudents.classId))
    .leftJoin(classTeachers, eq(classTeachers.classId, classes.id))
    .leftJoin(staffUsers, eq(staffUsers.id, classTeachers.staffId))
    .where(
      inArray(
        classStudents.studentId,
        children.map((c) => c.id),
      ),
    )
    .orderBy(asc(classes.name), asc(staffUsers.displayName));
  return children.map((child) => {
    const mine = rows.filter((r) => r.studentId === child.id);
    const teachers = new Map<string, string>();
    for (const r of mine) if (r.teacherId && r.teacherName) teachers.set(r.teacherId, r.teacherName);
    return {
      ...child,
      classes: [...new Set(mine.map((r) => r.className))],
      teachers: [...teachers].map(([id, displayName]) => ({ id, displayName })),
    };
  });
}

/** The teachers of a parent's children, each with which children they teach. */
export async function listTeachersOfMyChildren(deps: Pick<CoreDeps, 'db'>, guardian: GuardianActor) {
  const children = await listMyChildren(deps, guardian);
  const teachers = new Map<
    string,
    { id: string; displayName: string; branchId: string; children: { id: string; name: string }[] }
  >();
  for (const child of children) {
    for (const t of child.teachers) {
      const entry = teachers.get(t.id) ?? { ...t, branchId: child.branch.id, children: [] };
      entry.children.push({ id: child.id, name: child.name });
      teachers.set(t.id, entry);
    }
  }
  return [...teachers.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Is this student one of the parent's children? */
export async function isGuardianOf(
  deps: Pick<CoreDeps, 'db'>,
  guardianId: string,
  studentId: string,
): Promise<boolean> {
  const rows = await deps.db
    .select({ studentId: guardianStudents.studentId })
    .from(guardianStudents)
    .where(and(eq(guardianStudents.guardianId, guardianId), eq(guardianStudents.studentId, studentId)));
  return rows.length > 0;
}
