/** One outbox row as the transport sends it. */
export interface MailMessage {
  /** The outbox row's id: the transport derives a stable Message-ID from it, so a resend is the same mail. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  calendar: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
}

/** Delivers mail to the outside world (SMTP in the server); throws MailDeliveryError when it cannot. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/**
 * Why a message was not delivered. `permanent` (the server refused it for good, SMTP 5xx) marks the
 * email failed; otherwise (4xx, a dropped or hung connection) the job retries with backoff.
 * `detail` is the server's reply code and text: it never holds the address or the body.
 */
export class MailDeliveryError extends Error {
  constructor(
    readonly permanent: boolean,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'MailDeliveryError';
  }
}
