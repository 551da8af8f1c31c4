import { asc, eq } from 'drizzle-orm';
import { branches, guardianStudents, schools, staffRoles, students, type Executor } from '@edutrack/db';
import type { SchoolLine } from './templates/layout.ts';

export interface SchoolOfMail extends SchoolLine {
  schoolId: string | null;
  /** The branch's locale and zone: the style of dates in its mail. */
  locale: string;
  timeZone: string;
}

const none: SchoolOfMail = { schoolId: null, school: 'EduTrack Meet', branch: null, locale: 'en-GB', timeZone: 'UTC' };

/** The school and branch a meeting's mail comes from. */
export async function schoolOfBranch(db: Executor, branchId: string): Promise<SchoolOfMail> {
  const [row] = await db
    .select({
      schoolId: schools.id,
      school: schools.name,
      branch: branches.name,
      locale: branches.locale,
      timeZone: branches.timeZone,
    })
    .from(branches)
    .innerJoin(schools, eq(schools.id, branches.schoolId))
    .where(eq(branches.id, branchId));
  return row ?? none;
}

/** A parent's school: where their (first) child is. */
export async function schoolOfGuardian(db: Executor, guardianId: string): Promise<SchoolOfMail> {
  const [row] = await db
    .select({ branchId: students.branchId })
    .from(guardianStudents)
    .innerJoin(students, eq(students.id, guardianStudents.studentId))
    .where(eq(guardianStudents.guardianId, guardianId))
    .orderBy(asc(students.branchId))
    .limit(1);
  return row ? schoolOfBranch(db, row.branchId) : none;
}

/** A staff member's school: their (first) branch. */
export async function schoolOfStaff(db: Executor, staffId: string): Promise<SchoolOfMail> {
  const [row] = await db
    .select({ branchId: staffRoles.branchId })
    .from(staffRoles)
    .where(eq(staffRoles.staffId, staffId))
    .orderBy(asc(staffRoles.branchId))
    .limit(1);
  return row ? schoolOfBranch(db, row.branchId) : none;
}
