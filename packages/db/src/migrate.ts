import { fileURLToPath } from 'node:url';
import { Logger, runMigrations as runWorkerMigrations } from 'graphile-worker';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

const silentWorkerLogger = new Logger(() => () => {});

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Brings a database to the current schema: our drizzle migrations, then graphile-worker's own
 * schema (the job queue lives in the same database so jobs commit with the data they act on).
 * Safe to run from several processes at once: both runners take advisory locks.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
  await runWorkerMigrations({ connectionString: url, logger: silentWorkerLogger });
}
