import { and, asc, eq, inArray } from 'drizzle-orm';
import { branches, schools, staffRoles, staffUsers } from '@edutrack/db';
import { isAdminOf, isMemberOf, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { isSchoolLocale } from '@edutrack/i18n';
import { isValidTimeZone } from '../time/time-zones.ts';

export interface BranchView {
  id: string;
  name: string;
  schoolName: string;
  timeZone: string;
  /** The staff portal's "Language and region": how its dates and times read (e.g. en-GB). */
  locale: string;
  /** Minutes a call may run past its slot before it is cut off (docs/decisions/015). */
  callHandoverMinutes: number;
  /** Parents may invite one more person (the other parent, an interpreter) to a meeting. */
  guestsAllowed: boolean;
  role: 'admin' | 'teacher';
}

export const MAX_CALL_HANDOVER_MINUTES = 10;

export async function listMyBranches(deps: Pick<CoreDeps, 'db'>, staff: StaffActor): Promise<BranchView[]> {
  if (!staff.memberships.length) return [];
  const rows = await deps.db
    .select({
      id: branches.id,
      name: branches.name,
      timeZone: branches.timeZone,
      locale: branches.locale,
      callHandoverMinutes: branches.callHandoverMinutes,
      guestsAllowed: branches.guestsAllowed,
      schoolName: schools.name,
    })
    .from(branches)
    .innerJoin(schools, eq(schools.id, branches.schoolId))
    .where(
      inArray(
        branches.id,
        staff.memberships.map((m) => m.branchId),
      ),
    )
    .orderBy(asc(branches.name));
  return rows.map((row) => ({ ...row, role: staff.memberships.find((m) => m.branchId === row.id)!.role }));
}

/** A staff member's branch, or NOT_FOUND: staff never learn about branches they don't belong to. */
export function requireBranchMember(staff: StaffActor, branchId: string): void {
  if (!isMemberOf(staff, branchId)) throw notFound('branch');
}

export function requireBranchAdmin(staff: StaffActor, branchId: string): void {
  requireBranchMember(staff, branchId);
  if (!isAdminOf(staff, branchId)) {
    throw new AppError('FORBIDDEN', 'Only a branch admin can do this. Ask your branch admin for help.');
  }
}

/** The branch a staff request is about: the one named, or their only/first branch. */
export function resolveBranchId(staff: StaffActor, branchId: string | undefined): string {
  if (branchId) {
    requireBranchMember(staff, branchId);
    return branchId;
  }
  const first = staff.memberships[0];
  if (!first)
    throw new AppError('FORBIDDEN', 'Your account is not part of any branch yet. Ask your school admin to add you.');
  return first.branchId;
}

export async function listBranchTeachers(deps: Pick<CoreDeps, 'db'>, staff: StaffActor, branchId: string) {
  requireBranchMember(staff, branchId);
  const rows = await deps.db
    .select({
      id: staffUsers.id,
      name: staffUsers.name,
      displayName: staffUsers.displayName,
      email: staffUsers.email,
      role: staffRoles.role,
    })
    .from(staffRoles)
    .innerJoin(staffUsers, eq(staffUsers.id, staffRoles.staffId))
    .where(eq(staffRoles.branchId, branchId))
    .orderBy(asc(staffUsers.name));
  // A teacher sees only themself; an admin sees everyone in the branch, to switch agendas.
  return isAdminOf(staff, branchId) ? rows : rows.filter((row) => row.id === staff.id);
}

export async function updateBranch(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: {
    branchId: string;
    name?: string;
    timeZone?: string;
    locale?: string;
    callHandoverMinutes?: number;
    guestsAllowed?: boolean;
  },
) {
  requireBranchAdmin(staff, input.branchId);
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
    throw new AppError(
      'BAD_REQUEST',
      `"${input.timeZone}" is not a time zone we know. Use an IANA name such as Europe/London or America/New_York.`,
      { field: 'timeZone' },
    );
  }
  if (input.locale !== undefined && !isSchoolLocale(input.locale)) {
    throw new AppError('BAD_REQUEST', 'Choose the language and region from the list.', { field: 'locale' });
  }
  const [row] = await deps.db
    .update(branches)
    .set({
      ...(input.name ? { name: input.name } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.callHandoverMinutes !== undefined ? { callHandoverMinutes: input.callHandoverMinutes } : {}),
      ...(input.guestsAllowed !== undefined ? { guestsAllowed: input.guestsAllowed } : {}),
    })
    .where(and(eq(branches.id, input.branchId)))
    .returning();
  return row!;
}
