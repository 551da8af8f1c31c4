import { createServer } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@edutrack/db/testing';
import type { Clock } from '@edutrack/core';
import { loadEnv } from '@edutrack/server/env';
import { startServer, type RunningServer } from '@edutrack/server/start';

export interface TestServer {
  url: string;
  server: RunningServer;
  testDb: TestDatabase;
  stop(): Promise<void>;
}

/**
 * The whole server as `pnpm start` runs it (migrations, demo seed, worker, both built web apps) over a
 * fresh database of its own. Pass a ManualClock to control time on the server side.
 */
export async function startTestServer(
  options: { clock?: Clock; seedDemo?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const testDb = await createTestDatabase();
  const port = await freePort();
  const env = loadEnv({
    DATABASE_URL: testDb.url,
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_DEMO: String(options.seedDemo ?? true),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const server = await startServer(env, { clock: options.clock });
  return {
    url: env.PUBLIC_URL,
    server,
    testDb,
    async stop() {
      await server.stop();
      await testDb.drop();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
