import pg from 'pg';
import type { Logger } from 'pino';
import { SESSION_REVOCATION_CHANNEL, type SessionCache } from '@edutrack/core';

export interface RevocationListener {
  /** True while this instance is LISTENing: the session cache is in use. */
  readonly listening: boolean;
  stop(): Promise<void>;
}

export interface RevocationListenerOptions {
  databaseUrl: string;
  cache: SessionCache;
  log: Logger;
  /** How long the barrier may take before the connection counts as lost. */
  barrierTimeoutMs?: number;
  /** The wait before listening again after the connection was lost. */
  reconnectMs?: number;
}

/**
 * Feeds the session cache the revocations PostgreSQL announces (NOTIFY from migration 0010_session_revocations's
 * triggers), on a connection of its own.
 *
 * A notification sent while this connection is down is lost for good, so the cache is used only
 * while the connection is up: on a close it is suspended (emptied, every request asks the database)
 * until LISTEN succeeds again, when it starts empty. Before a remembered session is used, the
 * barrier sends `SELECT 1` over this connection, started after the request arrived: PostgreSQL
 * delivers a listener's pending notifications before answering it (and TCP keeps them in order), so
 * once it is answered every revocation committed before the request has been evicted. Requests
 * waiting at the same time share one barrier. A connection that died silently (a network partition)
 * fails the barrier's timeout: the request asks the database and the listener reconnects.
 */
export async function startRevocationListener(options: RevocationListenerOptions): Promise<RevocationListener> {
  const { cache, log } = options;
  const barrierTimeoutMs = options.barrierTimeoutMs ?? 1_000;
  const reconnectMs = options.reconnectMs ?? 500;
  let listening = false;
  let stopped = false;
  let client: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;

  const lost = (reason: string) => {
    if (stopped) return;
    if (listening) log.warn({ reason }, 'session revocations: connection lost; sessions are read from the database');
    listening = false;
    cache.suspend();
    const old = client;
    client = undefined;
    void old?.end().catch(() => {});
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => void connect(), reconnectMs);
  };

  /** One round trip over the LISTEN connection; false (and the connection given up) if it fails. */
  const roundTrip = (sql: pg.Client) =>
    new Promise<boolean>((resolve) => {
      const late = setTimeout(() => {
        if (client === sql) lost('barrier timed out');
        resolve(false);
      }, barrierTimeoutMs);
      sql.query('SELECT 1').then(
        () => (clearTimeout(late), resolve(client === sql)),
        () => {
          clearTimeout(late);
          if (client === sql) lost('barrier failed');
          resolve(false);
        },
      );
    });

  const barrierOn = (sql: pg.Client) => {
    let inFlight: Promise<boolean> | undefined;
    let queued: Promise<boolean> | undefined;
    const send = () => {
      const trip = roundTrip(sql);
      inFlight = trip;
      void trip.then(() => inFlight === trip && (inFlight = undefined));
      return trip;
    };
    // A barrier already in flight may have been sent before this request arrived: wait for the next.
    return (): Promise<boolean> => {
      if (queued) return queued;
      if (!inFlight) return send();
      const next = inFlight.then(() => ((queued = undefined), send()));
      queued = next;
      return next;
    };
  };

  const connect = async () => {
    if (stopped) return;
    const sql = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: 'edutrack-meet-revocations',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    sql.on('notification', (n) => n.channel === SESSION_REVOCATION_CHANNEL && cache.evict(n.payload ?? '*'));
    sql.on('error', (error) => client === sql && lost(error.message));
    sql.on('end', () => client === sql && lost('closed'));
    client = sql;
    try {
      await sql.connect();
      await sql.query(`LISTEN ${SESSION_REVOCATION_CHANNEL}`);
      if (client !== sql || stopped) return;
      cache.resume(barrierOn(sql));
      listening = true;
      log.debug('session revocations: listening; session cache on');
    } catch (error) {
      if (client === sql) lost(error instanceof Error ? error.message : 'listen failed');
    }
  };

  await connect();
  return {
    get listening() {
      return listening;
    },
    async stop() {
      stopped = true;
      clearTimeout(reconnectTimer);
      cache.suspend();
      listening = false;
      const sql = client;
      client = undefined;
      await sql?.end().catch(() => {});
    },
  };
}
