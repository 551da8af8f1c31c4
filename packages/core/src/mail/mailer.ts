import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import { outboxEmails } from '@edutrack/db';
import type { Logger } from '../logger.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail as part of a transaction: the message is written to `outbox_emails` and commits with
 * the change that caused it. A delivery adapter (SMTP, an email API) would drain the outbox; until one
 * exists the outbox is where staff and demo users read their mail.
 */
export interface Mailer {
  send(tx: Executor, email: OutgoingEmail): Promise<void>;
}

export function createOutboxMailer(log: Logger): Mailer {
  return {
    async send(tx, email) {
      const [row] = await tx
        .insert(outboxEmails)
        .values({ toAddress: email.to, subject: email.subject, bodyText: email.text })
        .returning({ id: outboxEmails.id });
      logQueuedEmail(log, row!.id, email);
    },
  };
}

/** The address and body (which may hold a sign-in link) stay out of the log. */
export function logQueuedEmail(log: Logger, id: string, email: OutgoingEmail): void {
  log.info({ outboxEmailId: id, to: maskEmail(email.to), subject: email.subject }, 'email written to outbox');
}

/**
 * The outbox write as a CTE body for a caller that writes its change and its mail in one statement
 * (a booking during a rush); `source` names the CTE whose rows decide whether the mail is written.
 * Log it with logQueuedEmail once the statement has run.
 */
export function outboxInsertFrom(source: SQL, email: OutgoingEmail): SQL {
  return sql`INSERT INTO outbox_emails (to_address, subject, body_text) SELECT ${email.to}, ${email.subject}, ${email.text} FROM ${source} RETURNING id`;
}

export function maskEmail(address: string): string {
  const [user = '', domain = ''] = address.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}
