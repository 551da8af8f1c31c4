import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import {
  AppError,
  databaseUnavailable,
  isDatabaseUnavailable,
  isErrorKey,
  said,
  sayIn,
  type AppErrorCode,
  type AppErrorDetails,
} from '@edutrack/core';
import type { CatalogLocale } from '@edutrack/i18n';
import type { ApiContext } from './context.ts';

const TRPC_CODE = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<AppErrorCode, TRPC_ERROR_CODE_KEY>;

/** Domain errors (and a lost database) become the matching tRPC error; anything else stays internal. */
export function toTrpcError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (cause instanceof AppError)
    return new TRPCError({ code: TRPC_CODE[cause.code], message: cause.userMessage, cause });
  if (isDatabaseUnavailable(cause)) {
    const app = databaseUnavailable();
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: app.userMessage, cause: app });
  }
  return error;
}

export interface ErrorData {
  code: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path?: string;
  details: AppErrorDetails | null;
  /** Input problems by field, for forms. */
  fieldErrors: Record<string, string> | null;
}

/**
 * The one place errors take their shape for the browser: a message a person can act on, never a
 * stack trace, a SQL error or a Daily message, in the language of the app that asked (its
 * Accept-Language, `ctx.language`; English when the context could not be built).
 */
export function formatError({
  shape,
  error,
  ctx,
}: {
  shape: { message: string; code: number; data: { code: TRPC_ERROR_CODE_KEY; httpStatus: number; path?: string } };
  error: TRPCError;
  ctx?: Pick<ApiContext, 'language'>;
}) {
  const language = ctx?.language ?? 'en';
  const zod = error.cause instanceof ZodError ? error.cause : undefined;
  const app = error.cause instanceof AppError ? error.cause : undefined;
  let message = shape.message;
  if (zod) message = describeInputProblem(zod, language);
  else if (app) message = app.messageIn(language);
  else if (error.code === 'INTERNAL_SERVER_ERROR') message = sayIn(language, said('errors.internal'));
  const data: ErrorData = {
    code: shape.data.code,
    httpStatus: shape.data.httpStatus,
    path: shape.data.path,
    details: app?.details ?? null,
    fieldErrors: zod ? fieldErrors(zod, language) : null,
  };
  return { message, code: shape.code, data };
}

function fieldErrors(error: ZodError, language: CatalogLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'input';
    out[key] ??= isErrorKey(issue.message) ? sayIn(language, said(issue.message)) : issue.message;
  }
  return out;
}

/**
 * The first problem, in the words our schemas give it. Field names stay in `fieldErrors` (forms use
 * them to mark the field); a person never reads "token:" or "id:". Zod's own default messages
 * ("Invalid input: expected string, received undefined") are for developers, so any message that is
 * not one of our sentences becomes the generic one.
 */
function describeInputProblem(error: ZodError, language: CatalogLocale): string {
  const message = error.issues[0]?.message;
  return (message && inputMessage(message, language)) ?? sayIn(language, said('errors.input.generic'));
}

/** A schema's message: a catalog key written out in the reader's language, or one of our English sentences. */
function inputMessage(message: string, language: CatalogLocale): string | undefined {
  if (isErrorKey(message)) return sayIn(language, said(message));
  return isSentence(message) ? message : undefined;
}

const isSentence = (text: string) => /^[A-Z"“].*[.?!]$/s.test(text.trim()) && !text.includes('expected');
