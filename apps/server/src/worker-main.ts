import { createDb, migrateDatabase } from '@edutrack/db';
import { systemClock } from '@edutrack/core';
import { loadEnv } from './env.ts';
import { createLogger } from './runtime/logger.ts';
import { createMeetingDeps } from './runtime/meeting-deps.ts';
import { startVideoBackend } from './runtime/video-backend.ts';
import { startWorker } from './worker/start-worker.ts';

/**
 * `pnpm worker`: the job worker on its own, to run more workers than web servers. It shares the web
 * servers' database and their Daily (real, or a standalone emulator: the emulator inside a server is
 * not visible to other processes).
 */
const env = loadEnv();
if (!env.DATABASE_URL) throw new Error("Set DATABASE_URL: a separate worker must share the web servers' database.");
if (!env.DAILY_API_KEY) {
  throw new Error(
    'Set DAILY_API_KEY (and DAILY_API_URL for a standalone emulator): a separate worker cannot reach the emulator inside a web server.',
  );
}
const log = createLogger(env.LOG_LEVEL);
await migrateDatabase(env.DATABASE_URL);
const handle = createDb(env.DATABASE_URL, { maxConnections: env.WORKER_CONCURRENCY + 2 });
const videoBackend = await startVideoBackend(env, { clock: systemClock, log });
const deps = createMeetingDeps(env, { db: handle.db, clock: systemClock, log, video: videoBackend.video });
const worker = await startWorker({
  databaseUrl: env.DATABASE_URL,
  concurrency: env.WORKER_CONCURRENCY,
  deadAfterSeconds: env.WORKER_DEAD_AFTER_SECONDS,
  deps,
  log,
});
process.stdout.write('EduTrack Meet worker is running. Press Ctrl+C to stop.\n');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(
    signal,
    () =>
      void worker
        .stop()
        .then(() => videoBackend.stop())
        .then(() => handle.close())
        .then(() => process.exit(0)),
  );
}
