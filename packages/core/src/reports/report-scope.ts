import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { branches } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { requireBranchAdmin } from '../directory/branches.ts';
import { badRequest } from '../errors.ts';
import { loadEveningForStaff } from '../evenings/load-evening.ts';

/** The longest period one report covers: a term's evenings, not a year of meetings in one table. */
export const MAX_REPORT_DAYS = 120;

/**
 * What a report counts. A parents' evening: its meetings, its teachers, and the children of its
 * classes and year groups who have one of its teachers. A period: the branch's meetings starting in [from, to), with
 * every child and teacher of the branch.
 */
export type ReportScope = { branchId: string; schoolId: string; timeZone: string; label: string } & (
  | { kind: 'evening'; eveningId: string; eveningName: string; classIds: string[]; yearGroups: string[] }
  | { kind: 'period'; from: Date; to: Date }
);

/** A parents' evening, or a period of whole days in the branch's zone, both days included (`YYYY-MM-DD`). */
export type ReportScopeInput = { eveningId: string } | { branchId: string; firstDay: string; lastDay: string };

async function branchOf(deps: Pick<CoreDeps, 'db'>, branchId: string) {
  const [branch] = await deps.db
    .select({ schoolId: branches.schoolId, timeZone: branches.timeZone })
    .from(branches)
    .where(eq(branches.id, branchId));
  return branch!;
}

/** Reports are for the branch's admins only: staff of another branch get NOT_FOUND, its teachers FORBIDDEN. */
export async function resolveReportScope(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: ReportScopeInput,
): Promise<ReportScope> {
  if ('eveningId' in input) {
    const { evening, timeZone } = await loadEveningForStaff(deps.db, staff, input.eveningId);
    requireBranchAdmin(staff, evening.branchId);
    const { schoolId } = await branchOf(deps, evening.branchId);
    return {
      kind: 'evening',
      branchId: evening.branchId,
      schoolId,
      timeZone,
      label: evening.name,
      eveningId: evening.id,
      eveningName: evening.name,
      classIds: evening.classIds,
      yearGroups: evening.yearGroups,
    };
  }
  requireBranchAdmin(staff, input.branchId);
  const branch = await branchOf(deps, input.branchId);
  const first = DateTime.fromISO(input.firstDay, { zone: branch.timeZone }).startOf('day');
  const last = DateTime.fromISO(input.lastDay, { zone: branch.timeZone }).startOf('day');
  if (!first.isValid) throw badRequest('Choose the first day of the period.', 'firstDay');
  if (!last.isValid) throw badRequest('Choose the last day of the period.', 'lastDay');
  if (last < first) throw badRequest('The last day must not be before the first day.', 'lastDay');
  if (last.diff(first, 'days').days >= MAX_REPORT_DAYS) {
    throw badRequest(`A report can cover at most ${MAX_REPORT_DAYS} days. Choose a shorter period.`, 'lastDay');
  }
  return {
    kind: 'period',
    branchId: input.branchId,
    ...branch,
    label: `${input.firstDay} to ${input.lastDay}`,
    from: first.toJSDate(),
    to: last.plus({ days: 1 }).toJSDate(),
  };
}
