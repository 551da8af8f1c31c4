import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { withPreparedStatements } from './prepared-statements.ts';
import * as schema from './schema/index.ts';

export type Database = ReturnType<typeof drizzle<typeof schema>>;
/** A transaction handle: anything that takes a Database also takes one of these. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export interface DbHandle {
  db: Database;
  /** The postgres.js client, for the few places that need raw SQL. */
  sql: postgres.Sql;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** Pool size for this process; several server instances each have their own. */
  maxConnections?: number;
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connection: { application_name: 'edutrack-meet' },
    // While the database is away (a restart, a failover), reconnect at most a second apart: requests
    // meanwhile get a quick "try again" instead of waiting out postgres.js's growing default delays
    // (up to 20 s), and the pool is back within a second of the database.
    backoff: (retries) => Math.min(0.05 * 2 ** retries, 1),
    connect_timeout: 5,
  });
  const db = drizzle(withPreparedStatements(sql), { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
