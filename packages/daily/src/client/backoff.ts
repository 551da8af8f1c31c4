export interface BackoffOptions {
  /** Upper bound of the first retry's delay. */
  baseDelayMs: number;
  /** Cap on any one delay. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseDelayMs: 250, maxDelayMs: 8_000 };

/**
 * Exponential backoff with full jitter: a random delay up to base * 2^retry. The jitter spreads
 * out the retries of many callers that failed together (a rate-limit burst), instead of having
 * them collide again in lockstep.
 */
export const backoffDelayMs = (retryIndex: number, options: BackoffOptions, random: () => number): number =>
  Math.floor(random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex));
