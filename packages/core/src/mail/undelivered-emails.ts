import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { branches, outboxEmails } from '@edutrack/db';
import { adminBranchIds, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';

export interface UndeliveredEmail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  /** failed: refused for good, it will not be retried; queued: still being retried. */
  status: 'failed' | 'queued';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  failedAt: string | null;
}

/**
 * Mail of the admin's school(s) that did not arrive: refused for good, or still failing after a try.
 * Admins act on it (a mistyped parent address, an SMTP account problem); other schools' mail stays
 * out of sight.
 */
export async function listUndeliveredEmails(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
): Promise<UndeliveredEmail[]> {
  const adminOf = adminBranchIds(staff);
  if (!adminOf.length) throw new AppError('FORBIDDEN', 'Only a branch admin can see undelivered email.');
  const schoolIds = (
    await deps.db.selectDistinct({ id: branches.schoolId }).from(branches).where(inArray(branches.id, adminOf))
  ).map((r) => r.id);
  const rows = await deps.db
    .select()
    .from(outboxEmails)
    .where(
      and(
        inArray(outboxEmails.schoolId, schoolIds),
        or(
          eq(outboxEmails.status, 'failed'),
          and(eq(outboxEmails.status, 'queued'), isNotNull(outboxEmails.lastError)),
        ),
      ),
    )
    .orderBy(desc(outboxEmails.createdAt))
    .limit(100);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    status: r.status === 'failed' ? 'failed' : 'queued',
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    failedAt: r.failedAt?.toISOString() ?? null,
  }));
}
