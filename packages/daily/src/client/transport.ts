import type { RequestLane } from '../rate-limits.ts';
import { backoffDelayMs, type BackoffOptions } from './backoff.ts';
import { DailyApiError, type DailyApiErrorDetails } from './daily-api-error.ts';
import type { RequestPacer } from './request-pacer.ts';

interface DailyRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the base URL, with path parameters already encoded. */
  path: string;
  /** What errors and logs show instead of the path, when the path holds a secret (a meeting token). */
  redactedPath?: string;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  body?: unknown;
  lane?: RequestLane;
  /**
   * Whether sending the request twice leaves the same state as once. Only idempotent requests
   * are retried after failures where Daily may have acted (5xx, timeout, reset); a 429 is always
   * retried because Daily rejected it before doing anything.
   */
  idempotent: boolean;
}

export interface TransportOptions {
  apiKey: string;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  maxRetries: number;
  backoff: BackoffOptions;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  pace: RequestPacer;
}

/** Sends one logical request, with pacing, a timeout per attempt and retries. */
export type Send = <T>(request: DailyRequest) => Promise<T>;

type Attempt = { ok: true; value: unknown } | { ok: false; error: DailyApiError };

const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500;

const fallbackErrorType = (status: number): string => {
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limit-error';
  if (status >= 500) return 'server-error';
  return 'unexpected-response';
};

const readErrorBody = (text: string): { error?: unknown; info?: unknown } => {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
};

export function createTransport(options: TransportOptions): Send {
  const base = options.baseUrl.replace(/\/+$/, '');

  const urlFor = (request: DailyRequest): string => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const query = search.size > 0 ? `?${search.toString()}` : '';
    return `${base}${request.path}${query}`;
  };

  const attempt = async (request: DailyRequest, attempts: number): Promise<Attempt> => {
    const fail = (
      details: Pick<DailyApiErrorDetails, 'status' | 'type' | 'info' | 'retryable' | 'cause'>,
    ): Attempt => ({
      ok: false,
      error: new DailyApiError({
        ...details,
        method: request.method,
        path: request.redactedPath ?? request.path,
        attempts,
      }),
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const response = await options.fetch(urlFor(request), {
        method: request.method,
        headers: {
          Authorization: `Bearer ${options.apiKey}`,
          ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      const text = await response.text();
      if (!response.ok) {
        const body = readErrorBody(text);
        const type = typeof body.error === 'string' ? body.error : fallbackErrorType(response.status);
        const info = typeof body.info === 'string' ? body.info : undefined;
        return fail({ status: response.status, type, info, retryable: isRetryableStatus(response.status) });
      }
      if (text === '') return { ok: true, value: undefined };
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch (cause) {
        return fail({
          status: response.status,
          type: 'unexpected-response',
          info: 'answer is not JSON',
          retryable: false,
          cause,
        });
      }
    } catch (cause) {
      if (controller.signal.aborted) {
        return fail({
          status: undefined,
          type: 'timeout',
          info: `no answer within ${options.timeoutMs} ms`,
          retryable: true,
          cause,
        });
      }
      // fetch rejects with a TypeError for connection refused/reset and DNS failures.
      const info = cause instanceof Error ? cause.message : undefined;
      return fail({ status: undefined, type: 'network-error', info, retryable: true, cause });
    } finally {
      clearTimeout(timer);
    }
  };

  return async <T>(request: DailyRequest): Promise<T> => {
    for (let retry = 0; ; retry += 1) {
      await options.pace(request.lane ?? 'general');
      const outcome = await attempt(request, retry + 1);
      // The one unchecked step: Daily's JSON is taken to have the spec's shape. The emulator's
      // answers are validated against the spec in the tests.
      if (outcome.ok) return outcome.value as T;
      const { error } = outcome;
      const safeToRepeat = request.idempotent || error.status === 429;
      if (!error.retryable || !safeToRepeat || retry >= options.maxRetries) throw error;
      await options.sleep(backoffDelayMs(retry, options.backoff, options.random));
    }
  };
}
