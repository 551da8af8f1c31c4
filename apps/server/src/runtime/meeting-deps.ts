import type { Database } from '@edutrack/db';
import { argon2Passwords, createAttemptLimiter, createOutboxMailer, type Clock, type MeetingDeps, type VideoRooms } from '@edutrack/core';
import type { Logger } from 'pino';
import type { ServerEnv } from '../env.ts';

/** The services' dependencies, wired the same way for the web server and a standalone worker. */
export function createMeetingDeps(env: ServerEnv, parts: { db: Database; clock: Clock; log: Logger; video: VideoRooms }): MeetingDeps {
  return {
    db: parts.db,
    clock: parts.clock,
    mailer: createOutboxMailer(parts.log),
    log: parts.log,
    passwords: argon2Passwords,
    limiter: createAttemptLimiter(parts.db),
    publicUrl: env.PUBLIC_URL,
    video: parts.video,
  };
}
