import type { WorkerEvents } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from 'pino';

/** Silence after which a worker counts as dead and its jobs are freed (WORKER_DEAD_AFTER_SECONDS). */
const DEFAULT_DEAD_AFTER_SECONDS = 60;

/**
 * How often a process says its workers are alive, and looks for dead ones: a quarter of the silence
 * allowed, at most 10 and 15 s, so a killed worker's jobs run again within about 1.25 × deadAfter.
 */
function cadence(deadAfterSeconds: number) {
  const quarter = (deadAfterSeconds * 1000) / 4;
  return { heartbeatMs: Math.min(10_000, quarter), sweepMs: Math.min(15_000, quarter) };
}

/**
 * graphile-worker (0.17) frees a job whose worker died without unlocking it only after 4 hours
 * (resetLockedAt: `locked_at < now() - interval '4 hours'`); its answer for a worker known to be gone is
 * `force_unlock_workers` (WorkerUtils.forceUnlockWorkers: "only use this if the workers in question are
 * no longer running"). We supply the "known to be gone": every process records a heartbeat for each of
 * its workers, and any process frees the jobs of workers whose heartbeat stopped, in the same statement
 * that forgets them. A worker cut off from the database for longer than deadAfter may see its job run
 * again elsewhere; handlers are idempotent (they re-read state), so that costs a repeat, not damage.
 */
export function trackWorkerLiveness(
  pool: pg.Pool,
  events: WorkerEvents,
  log: Logger,
  deadAfterSeconds = DEFAULT_DEAD_AFTER_SECONDS,
): { stop(): Promise<void> } {
  const { heartbeatMs, sweepMs } = cadence(deadAfterSeconds);
  const mine = new Set<string>();
  const report = (what: string) => (err: Error) => log.warn({ err }, `worker ${what} failed; retrying`);

  const beat = async () => {
    if (!mine.size) return;
    await pool.query(
      `INSERT INTO worker_heartbeats (worker_id, last_seen_at) SELECT unnest($1::text[]), now()
       ON CONFLICT (worker_id) DO UPDATE SET last_seen_at = now()`,
      [[...mine]],
    );
  };
  const sweep = async () => {
    const { rows } = await pool.query<{ freed: string[] }>(
      `WITH dead AS (
         DELETE FROM worker_heartbeats WHERE last_seen_at < now() - make_interval(secs => $1) RETURNING worker_id
       ), unlocked AS (
         SELECT graphile_worker.force_unlock_workers(ARRAY(SELECT worker_id FROM dead))
       )
       SELECT ARRAY(SELECT worker_id FROM dead) AS freed FROM unlocked`,
      [deadAfterSeconds],
    );
    const freed = rows[0]?.freed ?? [];
    if (freed.length) log.warn({ workers: freed }, 'freed the jobs of workers that stopped without unlocking them');
  };

  // Jobs are locked under the pool's id (graphile-worker 0.17 fetches for the whole pool), and under a
  // worker's id in older modes: both beat.
  events.on('pool:create', ({ workerPool }) => {
    mine.add(workerPool.id);
    void beat().catch(report('heartbeat'));
  });
  events.on('worker:create', ({ worker }) => {
    mine.add(worker.workerId);
    void beat().catch(report('heartbeat'));
  });
  const beating = setInterval(() => void beat().catch(report('heartbeat')), heartbeatMs);
  const sweeping = setInterval(() => void sweep().catch(report('dead-worker sweep')), sweepMs);
  beating.unref();
  sweeping.unref();

  return {
    async stop() {
      clearInterval(beating);
      clearInterval(sweeping);
      // A clean stop has unlocked its jobs already; its heartbeats simply go.
      if (mine.size) await pool.query('DELETE FROM worker_heartbeats WHERE worker_id = ANY($1::text[])', [[...mine]]);
    },
  };
}
