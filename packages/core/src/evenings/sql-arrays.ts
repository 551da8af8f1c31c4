import { sql, type SQL } from 'drizzle-orm';

/**
 * A list of uuids as ONE parameter (a PostgreSQL array literal): drizzle's `sql` spreads a JS array
 * into `($1, $2, ...)`, which `= ANY(...)` and `unnest(...)` cannot take, and an empty list into `()`.
 */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
