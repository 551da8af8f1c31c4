import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  branches,
  classes,
  classStudents,
  classTeachers,
  guardians,
  guardianStudents,
  schoolGuardians,
  staffRoles,
  staffUsers,
  students,
  type Transaction,
} from '@edutrack/db';
import type { RosterIssue, RosterRow } from './roster-format.ts';

export interface RosterSummary {
  classesCreated: number;
  yearGroupsChanged: number;
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
  changes: ExistingChildChanges;
  /** Classes the file puts in another year group (or gives one for the first time: `from` null). */
  yearGroupChanges: YearGroupChange[];
}

export interface YearGroupChange {
  line: number;
  className: string;
  from: string | null;
  to: string;
}

/** What an import would change about children already stored; applied only when confirmed. */
export interface ExistingChildChanges {
  renamed: { line: number; studentRef: string; from: string; to: string }[];
  newParentLinks: {
    line: number;
    studentRef: string;
    studentName: string;
    guardianEmail: string;
    guardianName: string;
  }[];
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

  // Classes, by name within the branch, in the year group the file gives (blank: left as stored).
  const classNames = unique(rows.map((r) => r.className));
  const yearGroups = firstNamed(
    rows,
    (r) => r.className,
    (r) => r.yearGroup,
  );
  const storedClasses = classNames.length
    ? await tx
        .select({ id: classes.id, name: classes.name, yearGroup: classes.yearGroup })
        .from(classes)
        .where(and(eq(classes.branchId, branchId), inArray(classes.name, classNames)))
    : [];
  const yearGroupChanges = storedClasses.flatMap((c) => {
    const given = yearGroups.get(c.name);
    return given?.name && given.name !== c.yearGroup
      ? [{ line: given.line, className: c.name, from: c.yearGroup, to: given.name }]
      : [];
  });
  for (const change of yearGroupChanges) {
    await tx
      .update(classes)
      .set({ yearGroup: change.to })
      .where(and(eq(classes.branchId, branchId), eq(classes.name, change.className)));
  }
  const newClasses = classNames.length
    ? await tx
        .insert(classes)
        .values(classNames.map((name) => ({ branchId, name, yearGroup: yearGroups.get(name)?.name ?? null })))
        .onConflictDoNothing()
        .returning({ id: classes.id, name: classes.name })
    : [];
  const classIds = new Map([...storedClasses, ...newClasses].map((c) => [c.name, c.id]));

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

  // Parents: the sign-in identity is shared, found by email; what this school sees is its own record
  // of them (school_guardians, docs/decisions/013-guardian-tenancy.md). "New" means new to this
  // school, so an import never tells a school whether an address is known elsewhere.
  const [{ schoolId }] = (await tx
    .select({ schoolId: branches.schoolId })
    .from(branches)
    .where(eq(branches.id, branchId))) as [{ schoolId: string }];
  const guardianNames = firstNamed(
    rows,
    (r) => r.guardianEmail,
    (r) => r.guardianName,
  );
  const guardianEmails = [...guardianNames.keys()];
  const knownGuardians = guardianEmails.length
    ? await tx
        .select({ id: guardians.id, email: guardians.email, nameHere: schoolGuardians.name })
        .from(guardians)
        .leftJoin(
          schoolGuardians,
          and(eq(schoolGuardians.guardianId, guardians.id), eq(schoolGuardians.schoolId, schoolId)),
        )
        .where(inArray(guardians.email, guardianEmails))
    : [];
  const guardianIds = new Map(knownGuardians.map((g) => [g.email, g.id]));
  const namesHere = new Map(knownGuardians.filter((g) => g.nameHere !== null).map((g) => [g.email, g.nameHere!]));
  const newHere = guardianEmails.filter((email) => !namesHere.has(email));
  for (const email of newHere) {
    const entry = guardianNames.get(email)!;
    if (!entry.name)
      issues.push({
        line: entry.line,
        column: 'guardian_name',
        message: `${email} is a new parent: fill in guardian_name.`,
      });
  }
  if (issues.length) {
    return { summary: emptySummary(), issues, newTeachers: [], changes: noChanges(), yearGroupChanges: [] };
  }
  const identitiesToCreate = guardianEmails.filter((email) => !guardianIds.has(email));
  const newIdentities = identitiesToCreate.length
    ? await tx
        .insert(guardians)
        .values(identitiesToCreate.map((email) => ({ email, name: guardianNames.get(email)!.name! })))
        .returning({ id: guardians.id, email: guardians.email })
    : [];
  for (const g of newIdentities) guardianIds.set(g.email, g.id);
  const newRecords = newHere.length
    ? await tx
        .insert(schoolGuardians)
        .values(
          newHere.map((email) => ({
            schoolId,
            guardianId: guardianIds.get(email)!,
            name: guardianNames.get(email)!.name!,
          })),
        )
        .onConflictDoNothing()
        .returning({ guardianId: schoolGuardians.guardianId })
    : [];
  for (const email of newHere) namesHere.set(email, guardianNames.get(email)!.name!);

  // Children already stored: a different name or a new parent is a change someone must confirm.
  const studentNames = new Map(rows.map((r) => [r.studentRef, r.studentName]));
  const existingStudents = await tx
    .select({ id: students.id, ref: students.externalRef, name: students.name })
    .from(students)
    .where(and(eq(students.branchId, branchId), inArray(students.externalRef, [...studentNames.keys()])));
  const changes = await changesToExistingChildren(tx, rows, existingStudents, guardianIds, namesHere);

  // Students, by reference within the branch; a changed name is updated (once confirmed).
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
    changes,
    yearGroupChanges,
    summary: {
      classesCreated: newClasses.length,
      yearGroupsChanged: yearGroupChanges.length,
      teachersCreated: newTeachers.length,
      teachersAddedToBranch: addedRoles.length - newTeachers.length,
      studentsCreated: upserted.filter((s) => s.inserted).length,
      studentsRenamed: upserted.filter((s) => !s.inserted).length,
      guardiansCreated: newRecords.length,
      parentLinksAdded: addedParentLinks.length,
      classPlacesAdded: addedPlaces.length,
      classTeachersAdded: addedTeaching.length,
    },
  };
}

async function changesToExistingChildren(
  tx: Transaction,
  rows: RosterRow[],
  existing: { id: string; ref: string; name: string }[],
  guardianIds: Map<string, string>,
  namesHere: Map<string, string>,
): Promise<ExistingChildChanges> {
  const changes = noChanges();
  if (!existing.length) return changes;
  const byRef = new Map(existing.map((s) => [s.ref, s]));
  const linked = new Set(
    (
      await tx
        .select({ guardianId: guardianStudents.guardianId, studentId: guardianStudents.studentId })
        .from(guardianStudents)
        .where(
          inArray(
            guardianStudents.studentId,
            existing.map((s) => s.id),
          ),
        )
    ).map((l) => `${l.guardianId}:${l.studentId}`),
  );
  const seen = new Set<string>();
  for (const row of rows) {
    const child = byRef.get(row.studentRef);
    if (!child) continue;
    if (child.name !== row.studentName && !seen.has(`rename:${child.ref}`)) {
      seen.add(`rename:${child.ref}`);
      changes.renamed.push({ line: row.line, studentRef: child.ref, from: child.name, to: row.studentName });
    }
    const guardianId = row.guardianEmail ? guardianIds.get(row.guardianEmail) : undefined;
    const key = `${guardianId}:${child.id}`;
    if (row.guardianEmail && !(guardianId && linked.has(key)) && !seen.has(`${row.guardianEmail}:${child.id}`)) {
      seen.add(`${row.guardianEmail}:${child.id}`);
      changes.newParentLinks.push({
        line: row.line,
        studentRef: child.ref,
        studentName: child.name,
        guardianEmail: row.guardianEmail,
        guardianName: namesHere.get(row.guardianEmail) ?? row.guardianName ?? row.guardianEmail,
      });
    }
  }
  return changes;
}

function noChanges(): ExistingChildChanges {
  return { renamed: [], newParentLinks: [] };
}

function emptySummary(): RosterSummary {
  return {
    classesCreated: 0,
    yearGroupsChanged: 0,
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
