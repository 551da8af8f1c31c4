import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { appRouter, type ApiContext, type AppRouter } from '@edutrack/api';
import type { MeetingDeps, SessionCache } from '@edutrack/core';
import { readerLanguage } from './reader-language.ts';
import { SESSION_COOKIE, sessionCookies } from './session-cookies.ts';

export interface TrpcPluginOptions {
  deps: MeetingDeps;
  /** Who is signed in, from memory when this instance is sure it is still true (session-cache.ts). */
  sessions: SessionCache;
  cookieSecure: boolean;
}

const TRPC_ROUTE = '/trpc/:path';
const MAX_BATCH_SIZE = 10;
/** Procedures that check a secret or send mail: never batched (auth.me, a plain read, may be). */
const isAuthenticationCall = (path: string) => path.startsWith('auth.') && path !== 'auth.me';

/** tRPC at /trpc: resolves the caller's sessions from cookies and hands the procedures their context. */
export async function registerTrpc(app: FastifyInstance, options: TrpcPluginOptions): Promise<void> {
  app.addHook('onRequest', async (req, reply) => {
    if (req.routeOptions.url !== TRPC_ROUTE) return;
    // API answers carry personal data and depend on the session: never kept by a browser or a proxy.
    reply.header('cache-control', 'no-store');
    // The decoded path: one batched request may not hide several authentication calls, so every
    // guess or link request is one request and counts on its own.
    const paths = (req.params as { path?: string }).path?.split(',') ?? [];
    if (paths.length > 1 && paths.some(isAuthenticationCall)) {
      return reply.code(400).send({
        error: { message: 'Sign-in and link requests must be sent one at a time. Reload the page and try again.' },
      });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // The apps' batch link sends at most this many (packages/web-kit/src/trpc.ts).
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req, res }): ApiContext => {
        const { deps, sessions } = options;
        const staffToken = req.cookies[SESSION_COOKIE.staff];
        const parentToken = req.cookies[SESSION_COOKIE.guardian];
        return {
          deps,
          signedIn: {
            staff: once(() => (staffToken ? sessions.staff(deps.db, staffToken) : null)),
            guardian: once(() => (parentToken ? sessions.guardian(deps.db, parentToken) : null)),
            guardianToken: parentToken,
          },
          ip: req.ip,
          cookies: sessionCookies(req, res, options.cookieSecure),
          language: readerLanguage(req.headers['accept-language']),
        };
      },
      onError: ({ error, path, req }) => {
        // Expected outcomes (NOT_FOUND, CONFLICT, ...) are not incidents; only unexpected failures are logged.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
}

/**
 * Asked at most once per request, and only if a procedure asks. A lost database here is the
 * procedures' "try again" like any other (mapErrors in packages/api/src/trpc.ts).
 */
function once<T>(load: () => Promise<T> | T): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= Promise.resolve().then(load));
}
