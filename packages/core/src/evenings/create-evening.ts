import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  branches,
  classes,
  classTeachers,
  eveningSessions,
  eveningTeachers,
  parentsEvenings,
  staffRoles,
  type Executor,
} from '@edutrack/db';
import { isMemberOf, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, badRequest, notFound } from '../errors.ts';
import { zonedDateTime } from '../time/time-zones.ts';
import { transact } from '../transaction.ts';
import { classInScope, type ClassScope } from './class-scope.ts';
import { checkRulesInOrder } from './evening-rules.ts';
import type { EveningDetail, HouseholdMode } from './evening-types.ts';
import { getEveningForStaff } from './evening-views.ts';
import { requireAdmin } from './load-evening.ts';
import { materialiseSlots } from './slot-grid.ts';

export interface EveningRulesInput {
  opensAt: Date;
  earlyAccessOpensAt: Date | null;
  closesAt: Date | null;
  perParentLimit: number | null;
  perChildLimit: number | null;
  householdMode: HouseholdMode;
  parentsMayChangeAfterClose: boolean;
}

export interface CreateEveningInput {
  branchId: string;
  name: string;
  sessions: { date: string; startTime: string; endTime: string }[];
  slotMinutes: number;
  gapMinutes: number;
  classIds: string[];
  /** Year group labels as classes carry them ("Year 7"); their classes join the chosen ones. */
  yearGroups: string[];
  teacherIds?: string[];
  rules: EveningRulesInput;
}

/** An admin sets up an evening: sessions in the branch's zone, teachers, rules, and every teacher's slots. */
export async function createEvening(
  deps: CoreDeps,
  staff: StaffActor,
  input: CreateEveningInput,
): Promise<EveningDetail> {
  if (!isMemberOf(staff, input.branchId)) throw notFound('branch');
  requireAdmin(staff, input.branchId);
  const [branch] = await deps.db.select().from(branches).where(eq(branches.id, input.branchId));
  if (!branch) throw notFound('branch');
  const sessions = input.sessions
    .map((s) => ({
      startsAt: zonedDateTime(s.date, s.startTime, branch.timeZone),
      endsAt: zonedDateTime(s.date, s.endTime, branch.timeZone),
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  sessions.forEach((s, i) => {
    if (s.endsAt <= s.startsAt) throw new AppError('BAD_REQUEST', 'Each session has to end after it starts.');
    const next = sessions[i + 1];
    if (next && next.startsAt < s.endsAt) throw new AppError('BAD_REQUEST', 'Two sessions overlap. Check their times.');
  });
  if (sessions[0]!.startsAt <= deps.clock.now()) {
    throw new AppError('BAD_REQUEST', 'The first session has to be in the future.');
  }
  checkRulesInOrder(input.rules, sessions);

  const id = await transact(deps.db, async (tx) => {
    const yearGroups = [...new Set(input.yearGroups)];
    const scope = { classIds: input.classIds, yearGroups };
    const teacherIds = input.teacherIds ?? (await defaultTeachers(tx, input.branchId, scope));
    await checkBranchTeachers(tx, input.branchId, teacherIds);
    if (input.classIds.length) await checkBranchClasses(tx, input.branchId, input.classIds);
    if (yearGroups.length) await checkBranchYearGroups(tx, input.branchId, yearGroups);
    const [evening] = await tx
      .insert(parentsEvenings)
      .values({
        branchId: input.branchId,
        name: input.name,
        slotMinutes: input.slotMinutes,
        gapMinutes: input.gapMinutes,
        classIds: input.classIds,
        yearGroups,
        ...input.rules,
        createdById: staff.id,
      })
      .returning();
    const sessionRows = await tx
      .insert(eveningSessions)
      .values(sessions.map((s) => ({ ...s, eveningId: evening!.id })))
      .returning();
    if (teacherIds.length) {
      await tx.insert(eveningTeachers).values(teacherIds.map((teacherId) => ({ eveningId: evening!.id, teacherId })));
    }
    await materialiseSlots(tx, evening!, sessionRows, teacherIds);
    return evening!.id;
  });
  return getEveningForStaff(deps, staff, id);
}

/** Everyone who teaches one of the chosen classes or a class in a chosen year group (none chosen: any class). */
async function defaultTeachers(tx: Executor, branchId: string, scope: ClassScope): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: classTeachers.staffId })
    .from(classTeachers)
    .innerJoin(classes, eq(classes.id, classTeachers.classId))
    .innerJoin(staffRoles, and(eq(staffRoles.staffId, classTeachers.staffId), eq(staffRoles.branchId, branchId)))
    .where(and(eq(classes.branchId, branchId), classInScope(scope, sql`${classes.id}`)));
  return rows.map((r) => r.id);
}

export async function checkBranchTeachers(tx: Executor, branchId: string, teacherIds: string[]): Promise<void> {
  if (!teacherIds.length) return;
  const [row] = await tx
    .select({ n: sql<number>`count(DISTINCT ${staffRoles.staffId})::int` })
    .from(staffRoles)
    .where(and(eq(staffRoles.branchId, branchId), inArray(staffRoles.staffId, teacherIds)));
  if ((row?.n ?? 0) !== new Set(teacherIds).size) throw notFound('teacher');
}

async function checkBranchClasses(tx: Executor, branchId: string, classIds: string[]): Promise<void> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(classes)
    .where(and(eq(classes.branchId, branchId), inArray(classes.id, classIds)));
  if ((row?.n ?? 0) !== new Set(classIds).size) throw notFound('class');
}

/** A year group no class of the branch is in is a typo: the evening would silently leave those families out. */
async function checkBranchYearGroups(tx: Executor, branchId: string, yearGroups: string[]): Promise<void> {
  const rows = await tx
    .selectDistinct({ yearGroup: classes.yearGroup })
    .from(classes)
    .where(and(eq(classes.branchId, branchId), inArray(classes.yearGroup, yearGroups)));
  const missing = yearGroups.filter((y) => !rows.some((r) => r.yearGroup === y));
  if (missing.length) {
    throw badRequest(`No class is in ${missing.join(', ')}. Choose year groups from the list.`, 'yearGroups');
  }
}
