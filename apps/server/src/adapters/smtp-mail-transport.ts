import nodemailer from 'nodemailer';
import { MailDeliveryError, type MailMessage, type MailTransport } from '@edutrack/core';

export interface SmtpOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
  url: string;
  /** "EduTrack Meet <no-reply@school.example>". */
  from: string;
  /** How long to wait for the connection, the greeting and any reply before giving up (then retry). */
  timeoutMs: number;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
}

/**
 * SMTP delivery with nodemailer. Each outbox row gets the Message-ID `<row id@sender's domain>`, so a
 * resend after a crash is recognisably the same message. Failures are sorted by RFC 5321: a 5yz reply
 * (except 503, a bad command sequence) refuses the message for good; 4yz replies, timeouts and dropped
 * connections are temporary and the job retries. A failed login is temporary too: it is our
 * configuration, not the message, that is wrong, and no mail should be lost while someone fixes it.
 */
export function createSmtpMailTransport(options: SmtpOptions): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const domain = addressDomain(options.from);
  return {
    async send(message: MailMessage) {
      try {
        await transporter.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          messageId: `<${message.id}@${domain}>`,
          // nodemailer adds the invite as a text/calendar alternative (what Outlook and Gmail read)
          // and as an invite.ics attachment (what other clients offer to open).
          ...(message.calendar
            ? {
                icalEvent: {
                  method: message.calendar.method,
                  filename: message.calendar.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
                  content: message.calendar.ics,
                },
              }
            : {}),
        });
      } catch (error) {
        throw classify(error as SmtpError);
      }
    },
    close: () => transporter.close(),
  };
}

function classify(error: SmtpError): MailDeliveryError {
  const code = error.responseCode;
  // The server's reply ("550 5.1.1 No such user") names the problem. Servers often quote the
  // address in it: that goes, so the reply can be logged and shown to admins as it is.
  const reply = (error.response ?? '')
    .split('\n')[0]!
    .replace(/<[^>]*>/g, '<…>')
    .replace(/[^\s<>]+@[^\s<>]+/g, '…')
    .slice(0, 200);
  const detail = code
    ? `SMTP ${code}: ${reply}`
    : `${error.code ?? 'ERROR'}: the mail server could not be reached or stopped answering`;
  const permanent = code !== undefined && code >= 500 && code < 600 && code !== 503 && error.code !== 'EAUTH';
  return new MailDeliveryError(permanent, detail);
}

function addressDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'localhost';
}
