import { resolve } from 'node:path';
import postgres from 'postgres';
import { databaseUrlFor, startEmbeddedPostgres } from '@edutrack/db/embedded';
import { migrateDatabase } from '@edutrack/db';
import type { Logger } from 'pino';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'edutrack';

/**
 * DATABASE_URL when given; otherwise an embedded PostgreSQL whose data stays in a local folder
 * between runs. Either way the schema is migrated before anything else touches it.
 */
export async function prepareDatabase(options: {
  url?: string;
  embeddedDir: string;
  log: Logger;
}): Promise<ResolvedDatabase> {
  let database: ResolvedDatabase;
  if (options.url) {
    database = { url: options.url, embedded: false, stop: async () => {} };
  } else {
    const dataDir = resolve(options.embeddedDir);
    options.log.info({ dataDir }, 'starting embedded PostgreSQL (set DATABASE_URL to use your own server)');
    // main.ts stops everything in order on SIGTERM, the database last.
    const server = await startEmbeddedPostgres({ dataDir, stopOnSignals: false });
    await createDatabaseIfMissing(server.adminUrl, EMBEDDED_DATABASE);
    database = { url: databaseUrlFor(server.adminUrl, EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
  }
  await migrateDatabase(database.url);
  return database;
}

async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!found) await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
