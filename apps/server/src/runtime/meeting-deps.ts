import type { Database } from '@edutrack/db';
import { createCoreDeps, type Clock, type MeetingDeps, type VideoRooms } from '@edutrack/core';
import type { Logger } from 'pino';
import type { ServerEnv } from '../env.ts';

/** The services' dependencies, wired the same way for the web server and a standalone worker. */
export function createMeetingDeps(
  env: ServerEnv,
  parts: { db: Database; clock: Clock; log: Logger; video: VideoRooms },
): MeetingDeps {
  return {
    ...createCoreDeps({ db: parts.db, clock: parts.clock, log: parts.log, publicUrl: env.PUBLIC_URL }),
    video: parts.video,
  };
}
