import { and, eq, sql } from 'drizzle-orm';
import { appointments, branches, staffUsers, type Executor } from '@edutrack/db';
import type { SchoolTime } from '../error-messages/say.ts';

/** Partial-index predicate of appointments_idempotency_key, for ON CONFLICT. */
export const idempotencyKeyPresent = sql`${appointments.idempotencyKey} IS NOT NULL`;

export async function findByIdempotencyKey(db: Executor, creatorId: string, key: string) {
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.createdById, creatorId), eq(appointments.idempotencyKey, key)));
  return row;
}

export async function branchZone(db: Executor, branchId: string): Promise<string> {
  const [row] = await db.select({ timeZone: branches.timeZone }).from(branches).where(eq(branches.id, branchId));
  return row?.timeZone ?? 'UTC';
}

/** The branch's zone and regional style, for times written into messages. */
export async function branchTime(db: Executor, branchId: string): Promise<SchoolTime> {
  const [row] = await db
    .select({ timeZone: branches.timeZone, locale: branches.locale })
    .from(branches)
    .where(eq(branches.id, branchId));
  return row ?? { timeZone: 'UTC', locale: 'en-GB' };
}

export async function teacherDisplayName(db: Executor, teacherId: string): Promise<string> {
  const [row] = await db.select({ name: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, teacherId));
  return row?.name ?? 'The teacher';
}
