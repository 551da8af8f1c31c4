import { eq, sql } from 'drizzle-orm';
import { outboxEmails } from '@edutrack/db';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';
import { MailDeliveryError } from './mail-transport.ts';

export type DeliveryOutcome = 'sent' | 'failed' | 'skipped' | 'kept-in-outbox';

/**
 * Hands one outbox email to the transport and records the outcome. Re-reads the row, so a duplicate
 * or late job sends nothing twice; a crash between "accepted" and "marked sent" resends the same
 * Message-ID, which receiving servers and clients treat as the same mail. A temporary failure throws,
 * and the job retries with backoff.
 */
export async function deliverEmail(deps: MeetingDeps, emailId: string): Promise<DeliveryOutcome> {
  const transport = deps.mailTransport;
  // No SMTP configured (development, demos): the mail stays readable at /dev/outbox.
  if (!transport) return 'kept-in-outbox';
  const [row] = await deps.db.select().from(outboxEmails).where(eq(outboxEmails.id, emailId));
  if (!row || row.status !== 'queued') return 'skipped';
  try {
    await transport.send({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.bodyText,
      html: row.bodyHtml,
      calendar: row.calendarMethod && row.calendarIcs ? { method: row.calendarMethod, ics: row.calendarIcs } : null,
    });
  } catch (error) {
    const permanent = error instanceof MailDeliveryError && error.permanent;
    const detail = error instanceof MailDeliveryError ? error.detail : 'the mail server could not be reached';
    await deps.db
      .update(outboxEmails)
      .set({
        attempts: sql`${outboxEmails.attempts} + 1`,
        lastError: detail,
        ...(permanent ? { status: 'failed' as const, failedAt: deps.clock.now() } : {}),
      })
      .where(eq(outboxEmails.id, emailId));
    deps.log.warn(
      { outboxEmailId: emailId, kind: row.kind, attempt: row.attempts + 1, permanent, detail },
      permanent ? 'email refused for good' : 'email delivery failed, will retry',
    );
    if (permanent) return 'failed';
    throw error;
  }
  await deps.db
    .update(outboxEmails)
    .set({ status: 'sent', sentAt: deps.clock.now(), attempts: sql`${outboxEmails.attempts} + 1`, lastError: null })
    .where(eq(outboxEmails.id, emailId));
  deps.log.info({ outboxEmailId: emailId, kind: row.kind }, 'email delivered');
  return 'sent';
}
