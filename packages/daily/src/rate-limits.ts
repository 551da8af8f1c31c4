/** At most `limit` requests in any window of `intervalMs`. */
export interface RateLimit {
  limit: number;
  intervalMs: number;
}

export interface DailyRateLimits {
  /** Most endpoints. */
  general: RateLimit;
  /** `DELETE /rooms/:name`, which Daily limits much harder. */
  roomDelete: RateLimit;
}

/** Daily's published limits (20 req/s; room deletion about 2 req/s). The emulator enforces these. */
export const DAILY_RATE_LIMITS: DailyRateLimits = {
  general: { limit: 20, intervalMs: 1000 },
  roomDelete: { limit: 2, intervalMs: 1000 },
};

/**
 * What the client paces itself to: a margin under Daily's limits, because requests paced exactly
 * at the limit arrive with network jitter and some would land in the same server-side window.
 * 19/s keeps a 600-room evening at 0.95 of the limit's rate; the rare 429 the margin lets through
 * is retried (see docs/benchmarks.md).
 */
export const CLIENT_RATE_LIMITS: DailyRateLimits = {
  general: { limit: 19, intervalMs: 1000 },
  roomDelete: { limit: 2, intervalMs: 1200 },
};

export type RequestLane = 'general' | 'room-delete';
