import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { branches, teacherRunningLate } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { resolveBranchId } from '../directory/branches.ts';

export const MAX_RUNNING_LATE_MINUTES = 120;

export interface RunningLateView {
  minutes: number;
  since: string;
}

/**
 * A teacher says "I'm running about N minutes late" (0: on time again). Their meetings that have not
 * finished yet today are then expected N minutes later, and their calls are cut off N minutes later
 * too; every family still to come sees it in the app and on the waiting screen (docs/decisions/015).
 */
export async function setRunningLate(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  staff: StaffActor,
  input: { minutes: number },
): Promise<RunningLateView | null> {
  if (input.minutes === 0) {
    await deps.db.delete(teacherRunningLate).where(eq(teacherRunningLate.teacherId, staff.id));
    return null;
  }
  const now = deps.clock.now();
  const [branch] = await deps.db
    .select({ timeZone: branches.timeZone })
    .from(branches)
    .where(eq(branches.id, resolveBranchId(staff, undefined)));
  // "Today" in the school's zone: tomorrow's families are not told about tonight's delay.
  const until = DateTime.fromJSDate(now, { zone: branch!.timeZone }).endOf('day').toJSDate();
  const values = { minutes: input.minutes, setAt: now, until };
  await deps.db
    .insert(teacherRunningLate)
    .values({ teacherId: staff.id, ...values })
    .onConflictDoUpdate({ target: teacherRunningLate.teacherId, set: values });
  return { minutes: input.minutes, since: now.toISOString() };
}

/** What the teacher last said, while it still covers today. */
export async function getRunningLate(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  staff: StaffActor,
): Promise<RunningLateView | null> {
  const [row] = await deps.db.select().from(teacherRunningLate).where(eq(teacherRunningLate.teacherId, staff.id));
  if (!row || row.until <= deps.clock.now()) return null;
  return { minutes: row.minutes, since: row.setAt.toISOString() };
}
