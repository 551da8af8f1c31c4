import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { Logger as WorkerLogger, runOnce } from 'graphile-worker';
import { afterAll, beforeAll } from 'vitest';
import { createSessionCache, passwordResetLinkJob, signInLinkJob, type MeetingDeps } from '@edutrack/core';
import { useSchoolHarness, type SchoolHarness } from '@edutrack/core/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/app.ts';
import { loadEnv } from '../src/env.ts';
import { createLogger } from '../src/runtime/logger.ts';
import { taskListFor } from '../src/worker/job-tasks.ts';
import { startVideoBackend, type VideoBackend } from '../src/runtime/video-backend.ts';
import { startRevocationListener, type RevocationListener } from '../src/runtime/session-revocations.ts';

export interface TestApp extends SchoolHarness<MeetingDeps> {
  app: FastifyInstance;
  url: string;
  /** Every log line the app wrote, as text. */
  logs: string[];
  /** The local Daily emulator the app's video port talks to, over real HTTP. */
  videoBackend: VideoBackend;
  /** The app's session revocation listener (its session cache is in use, as in production). */
  revocations: RevocationListener;
  /** A browser on the app's allowed origin. */
  browser(): ReturnType<typeof browser>;
  /** Runs the queued emailed-link jobs, as the worker would (the test app runs no worker). */
  runLinkJobs(): Promise<void>;
}

const ALLOWED_ORIGIN = 'http://localhost:3000';
const quietWorkerLog = new WorkerLogger(() => () => {});

/** The real HTTP app on a random port over a test database of its own. */
export function useTestApp(
  options: Partial<Pick<AppOptions, 'cookieSecure' | 'devOutbox' | 'webApps' | 'requestLog'>> = {},
): TestApp {
  const logs: string[] = [];
  // The production logger (its redaction is under test too), writing into `logs`.
  const logger = createLogger(
    'debug',
    new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) }),
  );
  const t = useSchoolHarness({ log: logger }) as TestApp;
  t.logs = logs;
  beforeAll(async () => {
    t.videoBackend = await startVideoBackend(loadEnv({}), { clock: t.clock, log: logger });
    t.deps = { ...t.deps, video: t.videoBackend.video };
    const sessions = createSessionCache(t.clock);
    t.revocations = await startRevocationListener({ databaseUrl: t.testDb.url, cache: sessions, log: logger });
    t.app = await buildApp({
      deps: t.deps,
      sessions,
      dailyWebhookSecret: t.videoBackend.webhookSecret,
      logger,
      requestLog: options.requestLog ?? { routineLevel: 'debug', slowMs: 1000 },
      cookieSecure: options.cookieSecure ?? false,
      allowedOrigins: [ALLOWED_ORIGIN],
      trustProxy: false,
      devOutbox: options.devOutbox ?? false,
      webApps: options.webApps ?? [],
      connectSources: [],
    });
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    t.url = address;
    t.videoBackend.connectWebhooks(address);
    t.browser = () => browser(address, ALLOWED_ORIGIN);
    t.runLinkJobs = async () => {
      const taskList = taskListFor([signInLinkJob, passwordResetLinkJob], t.deps);
      // runOnce may return while a job queued during the previous one waits; go until none is left.
      for (let round = 0; round < 5; round++) {
        await runOnce({ connectionString: t.testDb.url, taskList, logger: quietWorkerLog });
        const [left] = await t.testDb.db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier IN (${signInLinkJob.name}, ${passwordResetLinkJob.name}) AND attempts = 0`,
        );
        if (!left!.n) return;
      }
    };
  });
  afterAll(async () => {
    await t.app?.close();
    await t.revocations?.stop();
    await t.videoBackend?.stop();
  });
  return t;
}

/** A tiny cookie-keeping client for tRPC over HTTP, as a browser would call it. */
export function browser(base: string, origin = new URL(base).origin) {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (value.join('=') === '') jar.delete(name!);
      else jar.set(name!, value.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    async mutation(path: string, input: unknown, headers: Record<string, string> = {}) {
      const res = await fetch(`${base}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, cookie: cookie(), ...headers },
        body: JSON.stringify(input),
      });
      remember(res);
      return {
        res,
        body: (await res.json()) as { result?: { data: unknown }; error?: { message: string; data: { code: string } } },
      };
    },
    async query(path: string, input?: unknown) {
      const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      const res = await fetch(`${base}/trpc/${path}${qs}`, { headers: { cookie: cookie() } });
      remember(res);
      return {
        res,
        body: (await res.json()) as { result?: { data: unknown }; error?: { message: string; data: { code: string } } },
      };
    },
  };
}
