/**
 * What went wrong, in words a teacher or parent can act on. Services throw these; the API maps
 * `code` to a transport status once (see packages/api/src/error-formatter.ts).
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

/** Machine-readable extras a client may use, e.g. the nearest free slots after a conflict. */
export interface AppErrorDetails {
  alternatives?: { slotId: string; startsAt: string; endsAt: string }[];
  retryAfterSeconds?: number;
  opensAt?: string;
  field?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Shown to the user as is. */
    readonly userMessage: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(userMessage);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) =>
  new AppError(
    'NOT_FOUND',
    `We couldn't find that ${what}. It may have been removed, or you may not have access to it.`,
  );

export const badRequest = (message: string, field?: string) =>
  new AppError('BAD_REQUEST', message, field ? { field } : {});
