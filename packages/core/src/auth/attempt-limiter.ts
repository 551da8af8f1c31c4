import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimits, type Database } from '@edutrack/db';

type LimitedAction = 'staff-sign-in-email' | 'staff-sign-in-ip' | 'magic-link-email' | 'magic-link-ip';

/** Attempts allowed per window. Staff rooms share one school IP, so the per-IP budgets are generous. */
const BUDGETS: Record<LimitedAction, { points: number; durationSeconds: number }> = {
  'staff-sign-in-email': { points: 5, durationSeconds: 15 * 60 },
  'staff-sign-in-ip': { points: 100, durationSeconds: 15 * 60 },
  'magic-link-email': { points: 3, durationSeconds: 15 * 60 },
  'magic-link-ip': { points: 30, durationSeconds: 15 * 60 },
};

/**
 * Counts attempts in Postgres (rate-limiter-flexible's Drizzle store), so every server instance
 * shares the counts and a restart does not reset them.
 */
export interface AttemptLimiter {
  /** Seconds until another attempt is allowed, or 0 if it is allowed now. Does not count. */
  blockedFor(action: LimitedAction, key: string): Promise<number>;
  /**
   * Counts one attempt. `allowed`: this attempt was within the budget. `blockedForSeconds`: how long
   * further attempts are refused now (more than 0 once this one used the budget up).
   */
  record(action: LimitedAction, key: string): Promise<{ allowed: boolean; blockedForSeconds: number }>;
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
    async blockedFor(action, key) {
      const res = await limiter(action).get(key);
      return res && res.remainingPoints <= 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;
    },
    async record(action, key) {
      try {
        const res = await limiter(action).consume(key);
        return { allowed: true, blockedForSeconds: res.remainingPoints <= 0 ? Math.ceil(res.msBeforeNext / 1000) : 0 };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { allowed: false, blockedForSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
        throw rejection;
      }
    },
    async reset(action, key) {
      await limiter(action).delete(key);
    },
  };
}
