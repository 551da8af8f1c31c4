/** Error types Daily answers with (`{error, info}`); `not-found` is observed, not documented. */
export const DAILY_ERROR_TYPES = [
  'authentication-error',
  'authorization-header-error',
  'forbidden-error',
  'json-parsing-error',
  'invalid-request-error',
  'rate-limit-error',
  'server-error',
  'not-found',
] as const;
export type DailyErrorType = (typeof DAILY_ERROR_TYPES)[number];

/** Failures where no answer from Daily arrived, or the answer was not what Daily sends. */
export type DailyTransportFailure = 'timeout' | 'network-error' | 'unexpected-response';

export interface DailyApiErrorDetails {
  method: string;
  path: string;
  /** HTTP status; undefined when no answer arrived. */
  status: number | undefined;
  /** Daily's error type, a transport failure, or a type this code does not know yet. */
  type: DailyErrorType | DailyTransportFailure | (string & {});
  /** Daily's own free text. For logs only: it is not written for, and must not reach, end users. */
  info: string | undefined;
  retryable: boolean;
  attempts: number;
  cause?: unknown;
}

/**
 * A failed call to Daily's REST API. The message names the call and the error type but never
 * carries Daily's text, so a caller that forwards messages cannot leak it to a browser.
 */
export class DailyApiError extends Error {
  override readonly name = 'DailyApiError';
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly type: DailyApiErrorDetails['type'];
  readonly info: string | undefined;
  readonly retryable: boolean;
  readonly attempts: number;

  constructor(details: DailyApiErrorDetails) {
    const status = details.status === undefined ? 'no answer' : String(details.status);
    super(`Daily API ${details.method} ${details.path} failed: ${status} ${details.type}`, {
      cause: details.cause,
    });
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.type = details.type;
    this.info = details.info;
    this.retryable = details.retryable;
    this.attempts = details.attempts;
  }
}

export const isDailyApiError = (error: unknown): error is DailyApiError => error instanceof DailyApiError;

/** 404, however Daily words it. An expired room answers like a deleted one. */
export const isDailyNotFound = (error: unknown): boolean =>
  isDailyApiError(error) && (error.status === 404 || error.type === 'not-found');

/**
 * Creating a room whose name is taken. Observed as 400 `invalid-request-error` with info
 * "a room named X already exists"; matched loosely on the wording and tolerant of a 409.
 */
export const isRoomAlreadyExists = (error: unknown): boolean =>
  isDailyApiError(error) && (error.status === 400 || error.status === 409) && /already exists?/i.test(error.info ?? '');
