import { and, eq, sql } from 'drizzle-orm';
import { appointments, branches, staffUsers, type Executor } from '@edutrack/db';

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

export async function teacherDisplayName(db: Executor, teacherId: string): Promise<string> {
  const [row] = await db.select({ name: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, teacherId));
  return row?.name ?? 'The teacher';
}
