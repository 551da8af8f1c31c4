import { eq, sql } from 'drizzle-orm';
import { branches, reminderSettings, type Executor } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import { requireBranchAdmin } from '../directory/branches.ts';
import { AppError } from '../errors.ts';
import { enqueueJobPerRow } from '../jobs/enqueue-job.ts';
import type { CoreDeps } from '../deps.ts';
import { reminderPlanJob } from './reminder-jobs.ts';

export interface ReminderSettingsView {
  /** Minutes before a meeting's start, largest first. */
  offsetsMinutes: number[];
  emailEnabled: boolean;
  pushEnabled: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettingsView = {
  offsetsMinutes: [1440, 60],
  emailEnabled: true,
  pushEnabled: true,
};
export const MAX_REMINDERS = 5;
export const MIN_REMINDER_MINUTES = 5;
export const MAX_REMINDER_MINUTES = 14 * 24 * 60;

export async function readReminderSettings(db: Executor, schoolId: string): Promise<ReminderSettingsView> {
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.schoolId, schoolId));
  if (!row) return DEFAULT_REMINDER_SETTINGS;
  return { offsetsMinutes: row.offsetsMinutes, emailEnabled: row.emailEnabled, pushEnabled: row.pushEnabled };
}

async function schoolIdOfBranch(db: Executor, branchId: string): Promise<string> {
  const [row] = await db.select({ schoolId: branches.schoolId }).from(branches).where(eq(branches.id, branchId));
  return row!.schoolId;
}

/** The reminder settings of the school a branch belongs to (admins only). */
export async function getReminderSettings(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  branchId: string,
): Promise<ReminderSettingsView> {
  requireBranchAdmin(staff, branchId);
  return readReminderSettings(deps.db, await schoolIdOfBranch(deps.db, branchId));
}

/**
 * Changes the school's reminders and re-plans them for every upcoming meeting of the school, in one
 * transaction: reminders already sent stay sent, the others follow the new times.
 */
export async function updateReminderSettings(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  staff: StaffActor,
  input: { branchId: string } & ReminderSettingsView,
): Promise<ReminderSettingsView> {
  requireBranchAdmin(staff, input.branchId);
  const offsets = [...new Set(input.offsetsMinutes)].sort((a, b) => b - a);
  if (offsets.length > MAX_REMINDERS) {
    throw new AppError('BAD_REQUEST', `A school can have at most ${MAX_REMINDERS} reminder times. Remove one.`);
  }
  if (offsets.some((m) => !Number.isInteger(m) || m < MIN_REMINDER_MINUTES || m > MAX_REMINDER_MINUTES)) {
    throw new AppError(
      'BAD_REQUEST',
      `Reminder times must be between ${MIN_REMINDER_MINUTES} minutes and 14 days before the meeting.`,
    );
  }
  const schoolId = await schoolIdOfBranch(deps.db, input.branchId);
  const values = { offsetsMinutes: offsets, emailEnabled: input.emailEnabled, pushEnabled: input.pushEnabled };
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(reminderSettings)
      .values({ schoolId, ...values })
      .onConflictDoUpdate({ target: reminderSettings.schoolId, set: { ...values, updatedAt: sql`now()` } });
    await tx.execute(sql`WITH upcoming AS (
        SELECT a.id FROM appointments a JOIN branches b ON b.id = a.branch_id
        WHERE b.school_id = ${schoolId}::uuid AND a.status = 'scheduled' AND a.starts_at > ${deps.clock.now().toISOString()}::timestamptz
      ) ${enqueueJobPerRow(reminderPlanJob, sql`upcoming`, { appointmentId: sql`id::text` })}`);
  });
  return values;
}
