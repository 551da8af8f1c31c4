import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';

import type { MeetingDeps, SessionCache } from '@edutrack/core';
import { contentSecurityPolicy } from './http/content-security-policy.ts';
import { registerDailyWebhookRoute } from './http/daily-webhook-route.ts';
import { registerDevOutbox } from './http/dev-outbox-route.ts';
import { registerSameOriginGuard } from './http/same-origin-guard.ts';
import { registerHealthRoute } from './http/health-route.ts';
import { registerLandingPage } from './http/landing-page.ts';
import { RequestLog, type RequestLogOptions } from './http/request-log.ts';
import { registerWebApps, type WebApp } from './http/static-apps.ts';
import { registerTrpc } from './http/trpc-plugin.ts';

export interface AppOptions {
  deps: MeetingDeps;
  /** This instance's session cache, fed by its revocation listener (runtime/session-revocations.ts). */
  sessions: SessionCache;
  /** Verifies Daily's webhooks; unset turns the route's processing off. */
  dailyWebhookSecret: string | undefined;
  logger: FastifyBaseLogger;
  /** At which level ordinary requests are logged, and what counts as slow. */
  requestLog: RequestLogOptions;
  /** PUBLIC_URL is https: cookies are Secure and HSTS is sent. */
  cookieSecure: boolean;
  allowedOrigins: string[];
  trustProxy: boolean;
  devOutbox: boolean;
  webApps: WebApp[];
  /** Extra places the browser apps may connect to (the Daily API's realtime hosts, the emulator). */
  connectSources: string[];
  /**
   * Set when the in-process Daily emulator runs: mounts its call signalling at /local-call/signal on
   * this origin for the apps' local call object (docs/decisions/007). CSP's connect-src 'self' covers ws(s) here.
   */
  mountLocalCalls?: (app: FastifyInstance, allowedOrigins: string[]) => Promise<void>;
}

/** Builds the whole HTTP app without listening; main.ts wires configuration and listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    logController: new RequestLog(options.requestLog),
    trustProxy: options.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // The roster CSV is up to 2 MB of JSON-encoded text.
    bodyLimit: 3 * 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
  });

  registerSameOriginGuard(app, options.allowedOrigins);
  await app.register(fastifyHelmet, {
    // HSTS only where the address people use is https: over plain http it is meaningless (browsers
    // ignore it) and would pin a development host name to https.
    strictTransportSecurity: options.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      directives: contentSecurityPolicy({
        connectSources: options.connectSources,
        upgradeInsecureRequests: options.cookieSecure,
      }),
    },
    // The apps use camera and microphone from our own origin.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (_req, reply) => {
    reply.header('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=(self)');
  });

  await app.register(fastifyCookie);
  registerHealthRoute(app, options.deps.db);
  await registerDailyWebhookRoute(app, { deps: options.deps, secret: options.dailyWebhookSecret });
  await registerTrpc(app, {
    deps: options.deps,
    sessions: options.sessions,
    cookieSecure: options.cookieSecure,
  });
  if (options.devOutbox) registerDevOutbox(app, options.deps.db);
  await options.mountLocalCalls?.(app, options.allowedOrigins);
  registerLandingPage(app);
  await registerWebApps(app, options.webApps);
  return app;
}
