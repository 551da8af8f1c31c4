import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { databaseUrlFor, startEmbeddedPostgres, type RunningPostgres } from '@edutrack/db/embedded';
import { migrateDatabase } from '@edutrack/db';
import { benchEnv } from '../env.ts';

let embedded: Promise<RunningPostgres> | undefined;

/** The server the benchmarks create their databases on: DATABASE_URL, or one embedded for the run. */
async function adminUrl(): Promise<string> {
  if (benchEnv.DATABASE_URL) return benchEnv.DATABASE_URL;
  embedded ??= startEmbeddedPostgres({ dataDir: join(tmpdir(), `edutrack-bench-${process.pid}`), ephemeral: true });
  return (await embedded).adminUrl;
}

export async function stopEmbedded(): Promise<void> {
  if (embedded) await (await embedded).stop();
}

/** A fresh, migrated database for one benchmark (dropped first if a previous run left it). */
export async function freshDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await adminUrl();
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await sql.unsafe(`CREATE DATABASE "${name}"`);
  await sql.end();
  const url = databaseUrlFor(admin, name);
  await migrateDatabase(url);
  return {
    url,
    async drop() {
      const dropper = postgres(admin, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
