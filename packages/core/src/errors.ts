import type { CatalogLocale } from '@edutrack/i18n';
import { said, sayIn, type Said } from './error-messages/say.ts';

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

/**
 * `message` is a catalog sentence (`said(...)`) wherever a parent or an invited guest may read it, so
 * each reads it in their own language; refusals only staff meet are written in English, like the rest
 * of the staff portal (docs/decisions/016-languages.md).
 */
export class AppError extends Error {
  /** In English: for staff, tests and logs. */
  readonly userMessage: string;
  readonly said: Said | null;

  constructor(
    readonly code: AppErrorCode,
    message: string | Said,
    readonly details: AppErrorDetails = {},
  ) {
    const english = typeof message === 'string' ? message : sayIn('en', message);
    super(english);
    this.name = 'AppError';
    this.userMessage = english;
    this.said = typeof message === 'string' ? null : message;
  }

  /** The message in the reader's language. */
  messageIn(locale: CatalogLocale): string {
    return this.said ? sayIn(locale, this.said) : this.userMessage;
  }
}

/** What could not be found, as the refusal names it. */
export type MissingThing =
  | 'meeting'
  | 'child'
  | 'timeSlot'
  | 'teacher'
  | 'evening'
  | 'waitingListEntry'
  | 'session'
  | 'branch'
  | 'class'
  | 'student'
  | 'parent'
  | 'family'
  | 'jointMeeting';

export const notFound = (what: MissingThing) => new AppError('NOT_FOUND', said(`errors.notFound.${what}`));

/** A parent's session is gone (signed out, expired): a new emailed link signs them in again. */
export const parentSessionEnded = () => new AppError('UNAUTHORIZED', said('errors.sessionEnded'));

export const badRequest = (message: string, field?: string) =>
  new AppError('BAD_REQUEST', message, field ? { field } : {});
