import Fastify from 'fastify';
import { createDb } from '@edutrack/db';
import { listAppointments, silentLogger, systemClock } from '@edutrack/core';
import { benchEnv } from './env.ts';

/**
 * The comparison for benchmark 2: a bare Fastify route that runs the same query as the API
 * (core's listAppointments), with no tRPC, no session lookup, no security headers. Run as its own
 * process, like the server. Prints its port.
 */
const db = createDb(benchEnv.BARE_DATABASE_URL!, { maxConnections: 10 });
const deps = { db: db.db, clock: systemClock, log: silentLogger };
const app = Fastify();
app.get<{ Querystring: { guardian?: string; teacher?: string; from?: string; to?: string } }>('/bare', async (req) => {
  const { guardian, teacher, from, to } = req.query;
  if (guardian)
    return listAppointments(
      deps,
      { kind: 'guardian', id: guardian, email: '', name: '', language: null },
      { view: 'upcoming' },
    );
  return listAppointments(
    deps,
    { kind: 'staff', id: teacher!, email: '', name: '', displayName: '', memberships: [] },
    { view: 'range', from: new Date(from!), to: new Date(to!) },
  );
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`BARE ${address}\n`);
