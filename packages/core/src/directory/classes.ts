import { eq, sql } from 'drizzle-orm';
import { classes, classTeachers } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { requireBranchAdmin } from './branches.ts';

export interface ClassView {
  id: string;
  name: string;
  /** Null for a class no roster has given a year group yet. */
  yearGroup: string | null;
  teacherIds: string[];
}

/** "Year 2" before "Year 10": labels sort as people read them, not character by character. */
const byLabel = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
export const compareYearGroups = (a: string, b: string) => byLabel.compare(a, b);

/** Admins: the branch's classes with their year group and teachers, to choose who a parents' evening is for. */
export async function listBranchClasses(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  branchId: string,
): Promise<ClassView[]> {
  requireBranchAdmin(staff, branchId);
  const rows = await deps.db
    .select({
      id: classes.id,
      name: classes.name,
      yearGroup: classes.yearGroup,
      teacherIds: sql<
        string[]
      >`coalesce(array_agg(${classTeachers.staffId}) FILTER (WHERE ${classTeachers.staffId} IS NOT NULL), '{}')`,
    })
    .from(classes)
    .leftJoin(classTeachers, eq(classTeachers.classId, classes.id))
    .where(eq(classes.branchId, branchId))
    .groupBy(classes.id);
  return rows.sort(
    (a, b) => compareYearGroups(a.yearGroup ?? '\uffff', b.yearGroup ?? '\uffff') || compareYearGroups(a.name, b.name),
  );
}
