import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import {
  branches,
  classes,
  classStudents,
  classTeachers,
  guardians,
  guardianStudents,
  schoolGuardians,
  schools,
  staffRoles,
  staffUsers,
  students,
} from '../schema/index.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function insertBranch(db: Database, input: { name?: string; timeZone?: string } = {}) {
  const [school] = await db
    .insert(schools)
    .values({ name: `School ${unique()}` })
    .returning();
  const [branch] = await db
    .insert(branches)
    .values({ schoolId: school!.id, name: input.name ?? 'Main', timeZone: input.timeZone ?? 'Europe/London' })
    .returning();
  return branch!;
}

export async function insertStaff(
  db: Database,
  input: { branchId: string; role?: 'admin' | 'teacher'; name?: string; passwordHash?: string | null },
) {
  const name = input.name ?? `Teacher ${unique()}`;
  const [staff] = await db
    .insert(staffUsers)
    .values({
      email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${unique()}@school.test`,
      name,
      displayName: name,
      passwordHash: input.passwordHash ?? null,
    })
    .returning();
  await db.insert(staffRoles).values({ staffId: staff!.id, branchId: input.branchId, role: input.role ?? 'teacher' });
  return staff!;
}

export async function insertClass(db: Database, input: { branchId: string; teacherIds: string[]; name?: string }) {
  const [row] = await db
    .insert(classes)
    .values({ branchId: input.branchId, name: input.name ?? `Class ${unique()}` })
    .returning();
  if (input.teacherIds.length) {
    await db.insert(classTeachers).values(input.teacherIds.map((staffId) => ({ classId: row!.id, staffId })));
  }
  return row!;
}

/** A student in a class with one guardian (a "family"). */
export async function insertFamily(
  db: Database,
  input: { branchId: string; classId: string; guardianName?: string; studentName?: string },
) {
  const tag = unique();
  const [student] = await db
    .insert(students)
    .values({ branchId: input.branchId, externalRef: `S-${tag}`, name: input.studentName ?? `Student ${tag}` })
    .returning();
  const [guardian] = await db
    .insert(guardians)
    .values({ email: `parent.${tag}@family.test`, name: input.guardianName ?? `Parent ${tag}` })
    .returning();
  await db.insert(classStudents).values({ classId: input.classId, studentId: student!.id });
  await db.insert(guardianStudents).values({ guardianId: guardian!.id, studentId: student!.id });
  const [branch] = await db.select().from(branches).where(eq(branches.id, input.branchId));
  await db
    .insert(schoolGuardians)
    .values({ schoolId: branch!.schoolId, guardianId: guardian!.id, name: guardian!.name });
  return { student: student!, guardian: guardian! };
}

/**
 * Two branches of one school, each with an admin, two teachers with a class each and two
 * families per class: enough to test every role against someone else's objects.
 */
export async function insertSchoolWorld(db: Database) {
  const branchA = await insertBranch(db, { name: 'North', timeZone: 'Europe/London' });
  const branchB = await insertBranch(db, { name: 'South', timeZone: 'America/New_York' });
  const build = async (branch: typeof branchA) => {
    const admin = await insertStaff(db, { branchId: branch.id, role: 'admin', name: `Admin ${branch.name}` });
    const teacher1 = await insertStaff(db, { branchId: branch.id, name: `Ms. Rivera ${branch.name}` });
    const teacher2 = await insertStaff(db, { branchId: branch.id, name: `Mr. Okafor ${branch.name}` });
    const class1 = await insertClass(db, { branchId: branch.id, teacherIds: [teacher1.id], name: '4 Blue' });
    const class2 = await insertClass(db, { branchId: branch.id, teacherIds: [teacher2.id], name: '5 Green' });
    const family1 = await insertFamily(db, { branchId: branch.id, classId: class1.id });
    const family2 = await insertFamily(db, { branchId: branch.id, classId: class1.id });
    const family3 = await insertFamily(db, { branchId: branch.id, classId: class2.id });
    return { branch, admin, teacher1, teacher2, class1, class2, family1, family2, family3 };
  };
  return { a: await build(branchA), b: await build(branchB) };
}
export type SchoolWorld = Awaited<ReturnType<typeof insertSchoolWorld>>;
