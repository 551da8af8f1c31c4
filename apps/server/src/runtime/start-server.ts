import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createDb, type DbHandle } from '@edutrack/db';
import { createSessionCache, systemClock, type Clock, type MeetingDeps } from '@edutrack/core';
import { buildApp } from '../app.ts';
import { webAppDirs, type ServerEnv } from '../env.ts';
import { seedDemoSchool, type DemoSignIns } from '../seed/demo-school.ts';
import { startWorker } from '../worker/start-worker.ts';
import { startVideoBackend, type VideoBackend } from './video-backend.ts';
import { prepareDatabase, type ResolvedDatabase } from './database.ts';
import { createMeetingDeps } from './meeting-deps.ts';
import { createLogger } from './logger.ts';
import { startRevocationListener } from './session-revocations.ts';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  deps: MeetingDeps;
  database: ResolvedDatabase;
  videoBackend: VideoBackend;
  demo: DemoSignIns | null;
  log: Logger;
  stop(): Promise<void>;
}

export interface StartOverrides {
  /** Tests move time with a ManualClock. */
  clock?: Clock;
  log?: Logger;
}

/** Everything `pnpm start` runs, in one process: database, migrations, seed, HTTP app and worker. */
export async function startServer(env: ServerEnv, overrides: StartOverrides = {}): Promise<RunningServer> {
  const log = overrides.log ?? createLogger(env.LOG_LEVEL);
  const clock = overrides.clock ?? systemClock;
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse())
      await stop().catch((err: unknown) => log.error({ err }, 'error while stopping'));
  };
  try {
    const database = await prepareDatabase({ url: env.DATABASE_URL, embeddedDir: env.EMBEDDED_POSTGRES_DIR, log });
    stops.push(() => database.stop());
    const handle: DbHandle = createDb(database.url, { maxConnections: env.DATABASE_POOL_SIZE });
    stops.push(() => handle.close());

    const videoBackend = await startVideoBackend(env, { clock, log, databaseUrl: database.url });
    stops.push(() => videoBackend.stop());

    const deps = createMeetingDeps(env, { db: handle.db, clock, log, video: videoBackend.video });
    const demo = env.SEED_DEMO ? await seedDemoSchool(deps) : null;

    const sessions = createSessionCache(clock);
    const revocations = await startRevocationListener({ databaseUrl: database.url, cache: sessions, log });
    stops.push(() => revocations.stop());

    const app = await buildApp({
      deps,
      sessions,
      dailyWebhookSecret: videoBackend.webhookSecret,
      logger: log,
      requestLog: env.REQUEST_LOG,
      cookieSecure: env.COOKIE_SECURE,
      allowedOrigins: env.ALLOWED_ORIGINS,
      trustProxy: env.TRUST_PROXY,
      devOutbox: env.DEV_OUTBOX,
      webApps: [
        { prefix: '/staff/', root: webAppDirs.staff },
        { prefix: '/parent/', root: webAppDirs.parent },
      ],
      connectSources: videoBackend.browserConnectSources,
      mountLocalCalls: videoBackend.mountLocalCalls,
    });
    stops.push(() => app.close());

    if (env.RUN_WORKER) {
      const worker = await startWorker({
        databaseUrl: database.url,
        concurrency: env.WORKER_CONCURRENCY,
        deadAfterSeconds: env.WORKER_DEAD_AFTER_SECONDS,
        deps,
        log,
      });
      stops.push(() => worker.stop());
    }

    const address = await app.listen({ host: env.HOST, port: env.PORT });
    const port = new URL(address).port;
    videoBackend.connectWebhooks(`http://127.0.0.1:${port}`);
    return { url: `http://localhost:${port}`, app, deps, database, videoBackend, demo, log, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
