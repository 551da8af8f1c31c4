import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { branches } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { requireBranchAdmin } from '../directory/branches.ts';
import { badRequest } from '../errors.ts';

/** The longest period one report covers: a term's evenings, not a year of meetings in one table. */
export const MAX_REPORT_DAYS = 120;

/** What a report counts: a branch's meetings starting in [from, to), for some or all of its children and teachers. */
export interface ReportScope {
  branchId: string;
  schoolId: string;
  timeZone: string;
  from: Date;
  to: Date;
  /** The children the report is about; null: every child of the branch. */
  studentIds: string[] | null;
  /** The teachers it is about; null: every teacher of the branch. */
  teacherIds: string[] | null;
}

/** A period of whole days in the branch's time zone, both days included (`YYYY-MM-DD`). */
export interface ReportPeriodInput {
  branchId: string;
  firstDay: string;
  lastDay: string;
}

/** Reports are for the branch's admins only: staff of another branch get NOT_FOUND, its teachers FORBIDDEN. */
export async function resolveReportScope(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: ReportPeriodInput,
): Promise<ReportScope> {
  requireBranchAdmin(staff, input.branchId);
  const [branch] = await deps.db
    .select({ schoolId: branches.schoolId, timeZone: branches.timeZone })
    .from(branches)
    .where(eq(branches.id, input.branchId));
  const first = DateTime.fromISO(input.firstDay, { zone: branch!.timeZone }).startOf('day');
  const last = DateTime.fromISO(input.lastDay, { zone: branch!.timeZone }).startOf('day');
  if (!first.isValid) throw badRequest('Choose the first day of the period.', 'firstDay');
  if (!last.isValid) throw badRequest('Choose the last day of the period.', 'lastDay');
  if (last < first) throw badRequest('The last day must not be before the first day.', 'lastDay');
  if (last.diff(first, 'days').days >= MAX_REPORT_DAYS) {
    throw badRequest(`A report can cover at most ${MAX_REPORT_DAYS} days. Choose a shorter period.`, 'lastDay');
  }
  return {
    branchId: input.branchId,
    ...branch!,
    from: first.toJSDate(),
    to: last.plus({ days: 1 }).toJSDate(),
    studentIds: null,
    teacherIds: null,
  };
}
