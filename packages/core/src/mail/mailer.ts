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
      const [row] = await tx.insert(outboxEmails).values({ toAddress: email.to, subject: email.subject, bodyText: email.text }).returning({ id: outboxEmails.id });
      // The address and body (which may hold a sign-in link) stay out of the log.
      log.info({ outboxEmailId: row!.id, to: maskEmail(email.to), subject: email.subject }, 'email written to outbox');
    },
  };
}

export function maskEmail(address: string): string {
  const [user = '', domain = ''] = address.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}
