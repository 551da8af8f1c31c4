import type { Executor } from '@edutrack/db';
import type { GuardianActor, StaffActor } from '../actors.ts';
import type { Clock } from '../clock.ts';
import { hashOpaqueToken } from './opaque-token.ts';
import { loadGuardianSession, loadStaffSession, type LoadedSession, type SessionKind } from './sessions.ts';

/**
 * Signed-in sessions kept in this server instance's memory for a few seconds, so a read does not
 * spend a query on who is asking (docs/decisions/009-performance.md).
 *
 * It is only as good as its revocation signal: PostgreSQL triggers NOTIFY every change that ends a
 * session or changes what one carries (migration 0010_session_revocations), and the listener (apps/server) evicts
 * `kind:userId` here, or everything (`*`). A remembered session is used only after the listener's
 * barrier: a round trip on the LISTEN connection that starts after the request arrived, so every
 * revocation committed before then has been heard (PostgreSQL sends pending notifications ahead of
 * the barrier's answer). While the listener is not connected the cache is suspended: emptied and
 * bypassed, every request asks the database, as without a cache. The TTL is a backstop for a bug.
 * Writes that matter (a booking) check the session again inside their own statement anyway.
 */
export interface SessionCache {
  staff(db: Executor, token: string): Promise<StaffActor | null>;
  guardian(db: Executor, token: string): Promise<GuardianActor | null>;
  /** A revocation signal: `staff:<id>`, `guardian:<id>`, or `*` for everything. */
  evict(key: string): void;
  /** The signal is lost (or not yet there): forget everything and stop caching. */
  suspend(): void;
  /**
   * The signal is back: start again from empty. `barrier` resolves true once every revocation
   * committed before it was called has been evicted, false if that cannot be known (then the
   * database is asked).
   */
  resume(barrier: () => Promise<boolean>): void;
  readonly size: number;
}

interface Entry {
  actor: StaffActor | GuardianActor;
  /** The session's own end, and the end of this copy's life, whichever is sooner. */
  validUntil: number;
  userKey: string;
}

/** The channel migration 0010_session_revocations's triggers notify. */
export const SESSION_REVOCATION_CHANNEL = 'etm_session_revocations';

/** A short life: past it, a missed signal can do no more harm than this long. */
const SESSION_CACHE_TTL_MS = 10_000;
/** Enough for every active device of a big school on one instance; the oldest go first. */
const MAX_ENTRIES = 50_000;

export function createSessionCache(clock: Clock, options: { ttlMs?: number } = {}): SessionCache {
  const ttlMs = options.ttlMs ?? SESSION_CACHE_TTL_MS;
  const entries = new Map<string, Entry>();
  /** Which entries belong to whom, so a revocation finds them without a scan. */
  const byUser = new Map<string, Set<string>>();
  let barrier: (() => Promise<boolean>) | undefined;
  // Bumped by every eviction: a lookup that started before one may not store what it read, since
  // the row it read may be the one just revoked.
  let generation = 0;

  const forget = () => {
    entries.clear();
    byUser.clear();
    generation++;
  };
  const remove = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    const ids = byUser.get(entry.userKey);
    ids?.delete(id);
    if (ids?.size === 0) byUser.delete(entry.userKey);
  };

  async function lookup<A extends StaffActor | GuardianActor>(
    kind: SessionKind,
    token: string,
    load: () => Promise<LoadedSession<A> | null>,
  ): Promise<A | null> {
    const id = `${kind}/${hashOpaqueToken(token)}`;
    const now = clock.now().getTime();
    const hit = barrier ? entries.get(id) : undefined;
    if (hit && hit.validUntil > now && (await barrier!()) && entries.get(id) === hit) return hit.actor as A;
    if (hit) remove(id);
    const startedAt = generation;
    const loaded = await load();
    if (loaded && barrier && startedAt === generation) {
      if (entries.size >= MAX_ENTRIES) remove(entries.keys().next().value!);
      const userKey = `${kind}:${loaded.actor.id}`;
      entries.set(id, { actor: loaded.actor, validUntil: Math.min(loaded.expiresAt.getTime(), now + ttlMs), userKey });
      byUser.set(userKey, (byUser.get(userKey) ?? new Set()).add(id));
    }
    return loaded?.actor ?? null;
  }

  return {
    staff: (db, token) => lookup('staff', token, () => loadStaffSession(db, clock, token)),
    guardian: (db, token) => lookup('guardian', token, () => loadGuardianSession(db, clock, token)),
    evict(key) {
      generation++;
      if (key === '*') return forget();
      for (const id of byUser.get(key) ?? []) remove(id);
    },
    suspend() {
      barrier = undefined;
      forget();
    },
    resume(listenerBarrier) {
      forget();
      barrier = listenerBarrier;
    },
    get size() {
      return entries.size;
    },
  };
}
