import { createDb } from '@edutrack/db';
import { loadEnv } from './env.ts';
import { createLogger } from './runtime/logger.ts';
import { startWorker } from './worker/start-worker.ts';

/** `pnpm worker`: the job worker on its own, for running more of them than web servers. */
const env = loadEnv();
if (!env.DATABASE_URL) throw new Error('Set DATABASE_URL: a separate worker must share the web servers\' database.');
const log = createLogger(env.LOG_LEVEL);
const db = createDb(env.DATABASE_URL, { maxConnections: 4 });
const worker = await startWorker({ databaseUrl: env.DATABASE_URL, concurrency: env.WORKER_CONCURRENCY, tasks: {}, log });
log.info('worker started');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void worker.stop().then(() => db.close()).then(() => process.exit(0)));
}
