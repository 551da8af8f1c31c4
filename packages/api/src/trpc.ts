/**
 * The only place that calls initTRPC.
 * 1. context and error formatting
 * 2. procedures: public, staff (signed-in staff), parent (signed-in parent)
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { AppError, findUnstorableText, parentSessionEnded, said } from '@edutrack/core';
import type { ApiContext } from './context.ts';
import { formatError, toTrpcError } from './error-formatter.ts';

// 1. context and error formatting
const t = initTRPC.context<ApiContext>().create({
  // Stack traces never reach a browser, in any environment.
  isDev: false,
  errorFormatter: formatError,
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTrpcError(result.error);
  return result;
});

/**
 * Backstop for the schemas' storableString(): no procedure, whatever its schema, passes text PostgreSQL
 * cannot store on to a service (a failed write would be a 500 with the input in the error).
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  // A body that is not JSON at all is the input parser's to refuse (a procedure without input ignores it).
  const raw: unknown = await getRawInput().catch(() => undefined);
  const at = findUnstorableText(raw);
  if (at) throw new AppError('BAD_REQUEST', said('errors.input.unstorable'));
  return next();
});

// 2. procedures
export const publicProcedure = t.procedure.use(mapErrors).use(refuseUnstorableText);

export const staffProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const staff = await ctx.signedIn.staff();
  if (!staff) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has ended. Please sign in again.' });
  return next({ ctx: { ...ctx, staff } });
});

export const parentProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const guardian = await ctx.signedIn.guardian();
  if (!guardian) throw parentSessionEnded();
  return next({ ctx: { ...ctx, guardian } });
});

/**
 * A parent's write on a rush's hot path: with a session cookie, the service checks the session in
 * the same statement as the write (`parent` is the token); otherwise (callers that know the parent)
 * the parent as resolved.
 */
export const parentWriteProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = ctx.signedIn.guardianToken;
  const parent = token ? { sessionToken: token } : await ctx.signedIn.guardian();
  if (!parent) throw parentSessionEnded();
  return next({ ctx: { ...ctx, parent } });
});
