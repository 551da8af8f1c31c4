import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '@edutrack/db';

/** For load balancers: 200 when this instance can reach the database, 503 otherwise. */
export function registerHealthRoute(app: FastifyInstance, db: Database): void {
  app.get('/healthz', { logLevel: 'warn' }, async (_req, reply) => {
    try {
      await db.execute(sql`SELECT 1`);
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
}
