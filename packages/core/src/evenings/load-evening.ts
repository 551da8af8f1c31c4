import { asc, eq } from 'drizzle-orm';
import { branches, eveningSessions, parentsEvenings, type Executor } from '@edutrack/db';
import { isAdminOf, isMemberOf, type StaffActor } from '../actors.ts';
import { AppError, notFound } from '../errors.ts';
import { eveningPhase, sessionClosesAt } from './evening-rules.ts';
import type { EveningSummary } from './evening-types.ts';

export type EveningRow = typeof parentsEvenings.$inferSelect;
export type SessionRow = typeof eveningSessions.$inferSelect;

export interface LoadedEvening {
  evening: EveningRow;
  timeZone: string;
  /** The branch's "Language and region": the style its times are written in. */
  locale: string;
  sessions: SessionRow[];
}

/** An evening with its branch's zone and its sessions, or NOT_FOUND. */
export async function loadEvening(db: Executor, eveningId: string): Promise<LoadedEvening> {
  const [row] = await db
    .select({ evening: parentsEvenings, timeZone: branches.timeZone, locale: branches.locale })
    .from(parentsEvenings)
    .innerJoin(branches, eq(branches.id, parentsEvenings.branchId))
    .where(eq(parentsEvenings.id, eveningId));
  if (!row) throw notFound('evening');
  const sessions = await db
    .select()
    .from(eveningSessions)
    .where(eq(eveningSessions.eveningId, eveningId))
    .orderBy(asc(eveningSessions.startsAt));
  return { ...row, sessions };
}

/** An evening of one of the caller's branches; another branch's answers NOT_FOUND, as if it did not exist. */
export async function loadEveningForStaff(db: Executor, staff: StaffActor, eveningId: string) {
  const loaded = await loadEvening(db, eveningId);
  if (!isMemberOf(staff, loaded.evening.branchId)) throw notFound('evening');
  return loaded;
}

export async function loadEveningForAdmin(db: Executor, staff: StaffActor, eveningId: string) {
  const loaded = await loadEveningForStaff(db, staff, eveningId);
  requireAdmin(staff, loaded.evening.branchId);
  return loaded;
}

export function requireAdmin(staff: StaffActor, branchId: string): void {
  if (!isAdminOf(staff, branchId)) {
    throw new AppError('FORBIDDEN', "Only a branch admin can set up parents' evenings. Ask your school office.");
  }
}

export function summaryOf({ evening, timeZone, sessions }: LoadedEvening, now: Date): EveningSummary {
  return {
    id: evening.id,
    branchId: evening.branchId,
    name: evening.name,
    timeZone,
    slotMinutes: evening.slotMinutes,
    gapMinutes: evening.gapMinutes,
    sessions: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      closesAt: sessionClosesAt(evening, s).toISOString(),
    })),
    rules: {
      opensAt: evening.opensAt.toISOString(),
      earlyAccessOpensAt: evening.earlyAccessOpensAt?.toISOString() ?? null,
      closesAt: evening.closesAt?.toISOString() ?? null,
      perParentLimit: evening.perParentLimit,
      perChildLimit: evening.perChildLimit,
      householdMode: evening.householdMode,
      parentsMayChangeAfterClose: evening.parentsMayChangeAfterClose,
    },
    phase: eveningPhase(evening, sessions, now),
  };
}
