import pThrottle from 'p-throttle';
import type { DailyRateLimits, RateLimit, RequestLane } from '../rate-limits.ts';

/** Resolves when a request in that lane may be sent without exceeding the limits. */
export type RequestPacer = (lane: RequestLane) => Promise<void>;

// strict: the limit holds for every window, not just aligned ones, as a server-side limiter sees it.
const slot = ({ limit, intervalMs }: RateLimit): (() => Promise<void>) =>
  pThrottle({ limit, interval: intervalMs, strict: true })(async () => {});

/**
 * Queues requests rather than rejecting them, so a burst (600 room creations) is spread out.
 * Per process: several server instances share Daily's limit, so 429 retries stay the backstop.
 */
export function createRequestPacer(limits: DailyRateLimits | false): RequestPacer {
  if (limits === false) return async () => {};
  const general = slot(limits.general);
  const roomDelete = slot(limits.roomDelete);
  return async (lane) => {
    // Wait for the scarce slot first so a queued delete does not sit on a general slot meanwhile.
    if (lane === 'room-delete') await roomDelete();
    await general();
  };
}
