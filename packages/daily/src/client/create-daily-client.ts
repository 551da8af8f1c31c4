import { setTimeout as sleepFor } from 'node:timers/promises';
import { CLIENT_RATE_LIMITS, type DailyRateLimits } from '../rate-limits.ts';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import { createIdempotentRooms } from './idempotent-rooms.ts';
import { createMeetingTokensApi } from './meeting-tokens-api.ts';
import { createMeetingsApi } from './meetings-api.ts';
import { createRequestPacer } from './request-pacer.ts';
import { createRoomsApi } from './rooms-api.ts';
import { createTransport } from './transport.ts';
import { createWebhooksApi } from './webhooks-api.ts';

export const DAILY_API_BASE_URL = 'https://api.daily.co/v1';

export interface DailyClientOptions {
  /** Daily API key: a server secret. */
  apiKey: string;
  /** `https://api.daily.co/v1`, or the emulator's base URL. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per attempt, including reading the answer. */
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and connection failures. */
  maxRetries?: number;
  backoff?: Partial<BackoffOptions>;
  /** Client-side pacing; `false` turns it off (for tests of the server-side limit). */
  rateLimits?: DailyRateLimits | false;
  /** How backoff waits; tests pass a fast or recording sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** Source of backoff jitter in [0, 1). */
  random?: () => number;
}

export function createDailyClient(options: DailyClientOptions) {
  if (options.apiKey === '') throw new TypeError('createDailyClient: apiKey is empty');
  // Fail at start-up on a malformed URL rather than as retried network errors later.
  new URL(options.baseUrl);

  const send = createTransport({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 5,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    sleep: options.sleep ?? ((ms) => sleepFor(ms)),
    random: options.random ?? Math.random,
    pace: createRequestPacer(options.rateLimits ?? CLIENT_RATE_LIMITS),
  });
  const rooms = createRoomsApi(send);
  return {
    ...rooms,
    ...createIdempotentRooms(rooms),
    ...createMeetingTokensApi(send),
    ...createWebhooksApi(send),
    ...createMeetingsApi(send),
  };
}

/** Everything the server does with Daily; fake this type in unit tests of code that uses it. */
export type DailyClient = ReturnType<typeof createDailyClient>;
