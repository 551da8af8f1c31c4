import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimits, type Database } from '@edutrack/db';

type LimitedAction =
  | 'staff-sign-in-email'
  | 'staff-sign-in-ip'
  | 'magic-link-email'
  | 'magic-link-ip'
  | 'booking-nudge-family'
  | 'booking-nudge-admin'
  | 'meeting-invitation-parent'
  | 'meeting-invitation-address';

/**
 * Attempts allowed per window. Staff rooms share one school IP, so the per-IP budgets are generous.
 * A booking nudge reaches a family at most once a day (whichever admin sends it), and an admin sends
 * at most a few rounds an hour (docs/decisions/019-evening-dashboard-and-reports.md).
 */
const BUDGETS: Record<LimitedAction, { points: number; durationSeconds: number }> = {
  'staff-sign-in-email': { points: 5, durationSeconds: 15 * 60 },
  'staff-sign-in-ip': { points: 100, durationSeconds: 15 * 60 },
  'magic-link-email': { points: 3, durationSeconds: 15 * 60 },
  'magic-link-ip': { points: 30, durationSeconds: 15 * 60 },
  'booking-nudge-family': { points: 1, durationSeconds: 24 * 60 * 60 },
  'booking-nudge-admin': { points: 10, durationSeconds: 60 * 60 },
  // A parent invites one person per meeting; inviting and withdrawing in a loop must not flood an inbox.
  'meeting-invitation-parent': { points: 10, durationSeconds: 60 * 60 },
  'meeting-invitation-address': { points: 3, durationSeconds: 60 * 60 },
};

/**
 * Counts attempts in Postgres (rate-limiter-flexible's Drizzle store: one atomic upsert per count),
 * so every server instance shares the counts and a restart does not reset them.
 *
 * An attempt is reserved BEFORE the work it limits (checking a password, sending a link): checking
 * "blocked?" first and counting afterwards lets concurrent attempts all pass the check.
 */
export interface AttemptLimiter {
  /**
   * Takes one attempt from the budget, atomically. `allowed`: this attempt fits in the budget and may
   * go ahead. `blockedForSeconds`: how long further attempts are refused now (more than 0 once this
   * one used the budget up).
   */
  reserve(action: LimitedAction, key: string): Promise<{ allowed: boolean; blockedForSeconds: number }>;
  /** Gives one reserved attempt back (a successful sign-in does not count against a shared IP). */
  release(action: LimitedAction, key: string): Promise<void>;
  reset(action: LimitedAction, key: string): Promise<void>;
}

export function createAttemptLimiter(db: Database): AttemptLimiter {
  const limiters = new Map(
    (Object.keys(BUDGETS) as LimitedAction[]).map((action) => [
      action,
      new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: action,
        points: BUDGETS[action].points,
        duration: BUDGETS[action].durationSeconds,
        clearExpiredByTimeout: false,
      }),
    ]),
  );
  const limiter = (action: LimitedAction) => limiters.get(action)!;
  return {
    async reserve(action, key) {
      try {
        const res = await limiter(action).consume(key);
        return { allowed: true, blockedForSeconds: res.remainingPoints <= 0 ? Math.ceil(res.msBeforeNext / 1000) : 0 };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { allowed: false, blockedForSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
        throw rejection;
      }
    },
    async release(action, key) {
      await limiter(action).reward(key, 1);
    },
    async reset(action, key) {
      await limiter(action).delete(key);
    },
  };
}
