import type { Executor } from '@edutrack/db';
import { outboxEmails } from '@edutrack/db';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { Logger } from '../logger.ts';
import { mailDeliveryJob } from './mail-jobs.ts';

export interface OutgoingEmail {
  /** Which template wrote it (sign-in-link, meeting-scheduled, reminder...). */
  kind: string;
  /** The school it is about; its admins see it if it cannot be delivered. */
  schoolId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
}

/**
 * Sends mail as part of a transaction: the message is written to `outbox_emails` together with its
 * delivery job, and both commit with the change that caused it (see mail-jobs.ts).
 */
export interface Mailer {
  send(tx: Executor, email: OutgoingEmail): Promise<void>;
}

export function createOutboxMailer(log: Logger): Mailer {
  return {
    async send(tx, email) {
      const [row] = await tx
        .insert(outboxEmails)
        .values({
          kind: email.kind,
          schoolId: email.schoolId,
          toAddress: email.to,
          subject: email.subject,
          bodyText: email.text,
          bodyHtml: email.html,
          calendarMethod: email.calendar?.method ?? null,
          calendarIcs: email.calendar?.ics ?? null,
        })
        .returning({ id: outboxEmails.id });
      await enqueueJob(tx, mailDeliveryJob, { emailId: row!.id });
      logQueuedEmail(log, row!.id, email);
    },
  };
}

/** The address and body (which may hold a sign-in link) stay out of the log. */
function logQueuedEmail(log: Logger, id: string, email: OutgoingEmail): void {
  log.info({ outboxEmailId: id, kind: email.kind }, 'email written to outbox');
}

export function maskEmail(address: string): string {
  const [user = '', domain = ''] = address.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}
