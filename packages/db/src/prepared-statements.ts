import type postgres from 'postgres';

type Client = postgres.Sql | postgres.TransactionSql;

/**
 * drizzle sends every query through postgres.js's `unsafe()`, which does not prepare statements,
 * so PostgreSQL plans each one afresh. For the appointment views (six joins) planning costs ~5 ms
 * against ~0.2 ms of execution at a million rows. Prepared (once per connection and query text),
 * PostgreSQL soon settles on a generic plan and a list costs ~0.5 ms. Transactions get the same.
 */
export function withPreparedStatements<T extends Client>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, args?: unknown[], options?: object) =>
          target.unsafe(query, args as never, { ...options, prepare: true });
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const original = Reflect.get(target, property, receiver) as (...a: unknown[]) => unknown;
          return original.call(target, ...args, (tx: postgres.TransactionSql) => work(withPreparedStatements(tx)));
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
