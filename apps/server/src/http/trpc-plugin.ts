import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { appRouter, type ApiContext, type AppRouter } from '@edutrack/api';
import { TRPCError } from '@trpc/server';
import {
  databaseUnavailable,
  guardianForSession,
  isDatabaseUnavailable,
  staffForSession,
  type MeetingDeps,
} from '@edutrack/core';
import { SESSION_COOKIE, sessionCookies } from './session-cookies.ts';

export interface TrpcPluginOptions {
  deps: MeetingDeps;
  cookieSecure: boolean;
  allowedOrigins: string[];
}

/** tRPC at /trpc: resolves the caller's sessions from cookies and hands the procedures their context. */
export async function registerTrpc(app: FastifyInstance, options: TrpcPluginOptions): Promise<void> {
  app.addHook('onRequest', async (req, reply) => {
    // Mutations only from our own pages: a cross-site form cannot spend a session (SameSite=Lax is the first guard).
    if (req.method !== 'POST' || !req.url.startsWith('/trpc')) return;
    const origin = req.headers.origin;
    if (origin && !options.allowedOrigins.includes(origin)) {
      return reply.code(403).send({ error: { message: 'This request came from another website and was refused.' } });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req, res }): Promise<ApiContext> => {
        const { deps } = options;
        const staffToken = req.cookies[SESSION_COOKIE.staff];
        const parentToken = req.cookies[SESSION_COOKIE.guardian];
        try {
          return {
            deps,
            staff: staffToken ? await staffForSession(deps.db, deps.clock, staffToken) : null,
            guardian: parentToken ? await guardianForSession(deps.db, deps.clock, parentToken) : null,
            ip: req.ip,
            cookies: sessionCookies(req, res, options.cookieSecure),
          };
        } catch (error) {
          // Looking up the session is the first query of every request: a lost database is retryable here too.
          if (!isDatabaseUnavailable(error)) throw error;
          const unavailable = databaseUnavailable();
          throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: unavailable.userMessage, cause: unavailable });
        }
      },
      onError: ({ error, path, req }) => {
        // Expected outcomes (NOT_FOUND, CONFLICT, ...) are not incidents; only unexpected failures are logged.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
}
