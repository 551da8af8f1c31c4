import type { Database } from '@edutrack/db';
import { createCoreDeps, type Clock, type MeetingDeps, type VideoRooms } from '@edutrack/core';
import type { Logger } from 'pino';
import { createSmtpMailTransport } from '../adapters/smtp-mail-transport.ts';
import { createWebPushSender } from '../adapters/web-push-sender.ts';
import type { ServerEnv } from '../env.ts';

/** The services' dependencies, wired the same way for the web server and a standalone worker. */
export function createMeetingDeps(
  env: ServerEnv,
  parts: { db: Database; clock: Clock; log: Logger; video: VideoRooms },
): MeetingDeps {
  return {
    ...createCoreDeps({ db: parts.db, clock: parts.clock, log: parts.log, publicUrl: env.PUBLIC_URL }),
    video: parts.video,
    ...(env.SMTP_URL
      ? {
          mailTransport: createSmtpMailTransport({
            url: env.SMTP_URL,
            from: env.MAIL_FROM,
            timeoutMs: env.SMTP_TIMEOUT_MS,
          }),
        }
      : {}),
    ...(env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
      ? {
          pushSender: createWebPushSender({
            publicKey: env.VAPID_PUBLIC_KEY,
            privateKey: env.VAPID_PRIVATE_KEY,
            subject: env.VAPID_SUBJECT,
            timeoutMs: 30_000,
          }),
        }
      : {}),
  };
}
