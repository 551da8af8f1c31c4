import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  classes,
  classStudents,
  classTeachers,
  guardians,
  guardianStudents,
  staffRoles,
  staffUsers,
  students,
  type Transaction,
} from '@edutrack/db';
import type { RosterIssue, RosterRow } from './roster-format.ts';

export interface RosterSummary {
  classesCreated: number;
  teachersCreated: number;
  teachersAddedToBranch: number;
  studentsCreated: number;
  studentsRenamed: number;
  guardiansCreated: number;
  parentLinksAdded: number;
  classPlacesAdded: number;
  classTeachersAdded: number;
}

export interface AppliedRoster {
  summary: RosterSummary;
  issues: RosterIssue[];
  newTeachers: { id: string; email: string; name: string }[];
}

const unique = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
const firstNamed = (rows: RosterRow[], key: (r: RosterRow) => string | null, name: (r: RosterRow) => string | null) => {
  const names = new Map<string, { name: string | null; line: number }>();
  for (const r of rows) {
    const k = key(r);
    if (!k) continue;
    const entry = names.get(k);
    if (!entry || (!entry.name && name(r)))
      names.set(k, { name: name(r) ?? entry?.name ?? null, line: entry?.line ?? r.line });
  }
  return names;
};

/**
 * Writes a checked roster into a branch inside the caller's transaction. Returns issues that need
 * the database to see (a new person without a name); the caller rolls back if there are any.
 */
export async function applyRoster(tx: Transaction, branchId: string, rows: RosterRow[]): Promise<AppliedRoster> {
  const issues: RosterIssue[] = [];

  // Classes, by name within the branch.
  const classNames = unique(rows.map((r) => r.className));
  const newClasses = classNames.length
    ? await tx
        .insert(classes)
        .values(classNames.map((name) => ({ branchId, name })))
        .onConflictDoNothing()
        .returning({ id: classes.id })
    : [];
  const classIds = new Map(
    classNames.length
      ? (
          await tx
            .select({ id: classes.id, name: classes.name })
            .from(classes)
            .where(and(eq(classes.branchId, branchId), inArray(classes.name, classNames)))
        ).map((c) => [c.name, c.id])
      : [],
  );

  // Teachers, by email. New accounts have no password until they follow their invitation.
  const teacherNames = firstNamed(
    rows,
    (r) => r.teacherEmail,
    (r) => r.teacherName,
  );
  const teacherEmails = [...teacherNames.keys()];
  const existingStaff = teacherEmails.length
    ? await tx
        .select({ id: staffUsers.id, email: staffUsers.email })
        .from(staffUsers)
        .where(inArray(staffUsers.email, teacherEmails))
    : [];
  const staffIds = new Map(existingStaff.map((s) => [s.email, s.id]));
  const toCreate = teacherEmails.filter((email) => !staffIds.has(email));
  for (const email of toCreate) {
    const entry = teacherNames.get(email)!;
    if (!entry.name)
      issues.push({
        line: entry.line,
        column: 'teacher_name',
        message: `${email} is a new teacher: fill in teacher_name.`,
      });
  }
  const newTeachers =
    toCreate.length && !issues.length
      ? await tx
          .insert(staffUsers)
          .values(
            toCreate.map((email) => ({
              email,
              name: teacherNames.get(email)!.name!,
              displayName: teacherNames.get(email)!.name!,
            })),
          )
          .returning({ id: staffUsers.id, email: staffUsers.email, name: staffUsers.name })
      : [];
  for (const t of newTeachers) staffIds.set(t.email, t.id);
  const addedRoles = staffIds.size
    ? await tx
        .insert(staffRoles)
        .values([...staffIds.values()].map((staffId) => ({ staffId, branchId, role: 'teacher' as const })))
        .onConflictDoNothing()
        .returning({ staffId: staffRoles.staffId })
    : [];

  // Guardians, by email; names of existing accounts are left as they are.
  const guardianNames = firstNamed(
    rows,
    (r) => r.guardianEmail,
    (r) => r.guardianName,
  );
  const guardianEmails = [...guardianNames.keys()];
  const existingGuardians = guardianEmails.length
    ? await tx
        .select({ id: guardians.id, email: guardians.email })
        .from(guardians)
        .where(inArray(guardians.email, guardianEmails))
    : [];
  const guardianIds = new Map(existingGuardians.map((g) => [g.email, g.id]));
  const guardiansToCreate = guardianEmails.filter((email) => !guardianIds.has(email));
  for (const email of guardiansToCreate) {
    const entry = guardianNames.get(email)!;
    if (!entry.name)
      issues.push({
        line: entry.line,
        column: 'guardian_name',
        message: `${email} is a new parent: fill in guardian_name.`,
      });
  }
  if (issues.length) return { summary: emptySummary(), issues, newTeachers: [] };
  const newGuardians = guardiansToCreate.length
    ? await tx
        .insert(guardians)
        .values(guardiansToCreate.map((email) => ({ email, name: guardianNames.get(email)!.name! })))
        .returning({ id: guardians.id, email: guardians.email })
    : [];
  for (const g of newGuardians) guardianIds.set(g.email, g.id);

  // Students, by reference within the branch; a changed name is updated.
  const studentNames = new Map(rows.map((r) => [r.studentRef, r.studentName]));
  const upserted = await tx
    .insert(students)
    .values([...studentNames].map(([externalRef, name]) => ({ branchId, externalRef, name })))
    .onConflictDoUpdate({
      target: [students.branchId, students.externalRef],
      set: { name: sql`excluded.name` },
      setWhere: sql`${students.name} IS DISTINCT FROM excluded.name`,
    })
    .returning({ id: students.id, externalRef: students.externalRef, inserted: sql<boolean>`(xmax = 0)` });
  const studentIds = new Map(
    (
      await tx
        .select({ id: students.id, ref: students.externalRef })
        .from(students)
        .where(and(eq(students.branchId, branchId), inArray(students.externalRef, [...studentNames.keys()])))
    ).map((s) => [s.ref, s.id]),
  );

  const linkRows = <T>(make: (r: RosterRow) => T | null) => {
    const seen = new Map<string, T>();
    for (const r of rows) {
      const link = make(r);
      if (link) seen.set(JSON.stringify(link), link);
    }
    return [...seen.values()];
  };
  const parentLinks = linkRows((r) =>
    r.guardianEmail
      ? { guardianId: guardianIds.get(r.guardianEmail)!, studentId: studentIds.get(r.studentRef)! }
      : null,
  );
  const places = linkRows((r) =>
    r.className ? { classId: classIds.get(r.className)!, studentId: studentIds.get(r.studentRef)! } : null,
  );
  const teaching = linkRows((r) =>
    r.teacherEmail && r.className
      ? { classId: classIds.get(r.className)!, staffId: staffIds.get(r.teacherEmail)! }
      : null,
  );
  const addedParentLinks = parentLinks.length
    ? await tx
        .insert(guardianStudents)
        .values(parentLinks)
        .onConflictDoNothing()
        .returning({ id: guardianStudents.studentId })
    : [];
  const addedPlaces = places.length
    ? await tx.insert(classStudents).values(places).onConflictDoNothing().returning({ id: classStudents.studentId })
    : [];
  const addedTeaching = teaching.length
    ? await tx.insert(classTeachers).values(teaching).onConflictDoNothing().returning({ id: classTeachers.staffId })
    : [];

  return {
    issues,
    newTeachers,
    summary: {
      classesCreated: newClasses.length,
      teachersCreated: newTeachers.length,
      teachersAddedToBranch: addedRoles.length - newTeachers.length,
      studentsCreated: upserted.filter((s) => s.inserted).length,
      studentsRenamed: upserted.filter((s) => !s.inserted).length,
      guardiansCreated: newGuardians.length,
      parentLinksAdded: addedParentLinks.length,
      classPlacesAdded: addedPlaces.length,
      classTeachersAdded: addedTeaching.length,
    },
  };
}

function emptySummary(): RosterSummary {
  return {
    classesCreated: 0,
    teachersCreated: 0,
    teachersAddedToBranch: 0,
    studentsCreated: 0,
    studentsRenamed: 0,
    guardiansCreated: 0,
    parentLinksAdded: 0,
    classPlacesAdded: 0,
    classTeachersAdded: 0,
  };
}
