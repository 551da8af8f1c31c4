import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '@edutrack/daily';
import type { CreateWebhookBody } from '@edutrack/daily';
import { authHook } from './auth-hook.ts';
import { CallRegistry } from './call-registry.ts';
import { DailyEmulatorError } from './daily-emulator-error.ts';
import { installFaultHooks } from './fault-hooks.ts';
import { FaultInjector, type FaultSettings } from './faults.ts';
import { MeetingTokens } from './meeting-tokens.ts';
import { createRequestValidator } from './request-validation.ts';
import { RoomStore } from './room-store.ts';
import { localCallSignalling } from './signalling/local-call-signalling.ts';
import { LOCAL_CALL_SIGNALLING_PATH } from './signalling/protocol.ts';
import { registerMeetingRoutes } from './routes/meetings-routes.ts';
import { registerMeetingTokenRoutes } from './routes/meeting-tokens-routes.ts';
import { registerRoomRoutes } from './routes/rooms-routes.ts';
import { registerWebhookRoutes } from './routes/webhooks-routes.ts';
import { WebhookSender } from './webhook-sender.ts';

export interface DailyEmulatorOptions {
  /** The one API key the emulator accepts; it also signs meeting tokens, as on Daily. */
  apiKey: string;
  clock?: Clock;
  /** Room URLs are `https://<domain>.daily.co/<name>`. */
  domain?: string;
  domainId?: string;
  /** A webhook configured from the start, without Daily's creation test post. */
  webhook?: CreateWebhookBody & { url: string; hmac: string };
  /** Unit of X-Webhook-Timestamp: Daily documents seconds; milliseconds have been observed. */
  webhookTimestampUnit?: 's' | 'ms';
  webhookTimeoutMs?: number;
  faults?: Partial<FaultSettings>;
  /** How often a listening emulator ejects participants whose time is up; 0 turns the timer off. */
  tickIntervalMs?: number;
  logger?: boolean;
}

export interface DailyEmulatorState {
  domain: string;
  domainId: string;
  rooms: RoomStore;
  tokens: MeetingTokens;
  webhooks: WebhookSender;
  /** Participants, lobbies and meeting sessions; the hooks a signalling server drives. */
  calls: CallRegistry;
  faults: FaultInjector;
  /** The REST routes served, as `GET /v1/rooms/:room_name`; filled once the app is ready (listen does that). */
  routes: readonly { method: string; url: string }[];
}

export interface DailyEmulator {
  app: FastifyInstance;
  state: DailyEmulatorState;
  faults: FaultInjector;
  calls: CallRegistry;
  /** Starts serving; resolves to the base URL to give the client, ending in `/v1`. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const JSON_BODY_ERRORS = new Set(['FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_JSON_BODY']);
const jsonParsingError = (error: FastifyError): boolean =>
  JSON_BODY_ERRORS.has(error.code) || (error.statusCode === 400 && error instanceof SyntaxError);

/**
 * Daily's own curl examples send `Content-Type: application/json` on GET and DELETE with no body
 * (e.g. docs.daily.co/reference/rest-api/rooms/delete-room), and Daily answers them normally. Fastify's
 * default parser refuses an empty JSON body, so this scope parses JSON itself: an empty body on a
 * GET or DELETE is no body; everything else is parsed as before (and bad JSON stays a
 * `json-parsing-error`).
 */
function acceptEmptyJsonBodies(scope: FastifyInstance): void {
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      if (request.method === 'GET' || request.method === 'DELETE') return done(null, undefined);
      return done(Object.assign(new Error('body is empty'), { code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 }));
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }));
    }
  });
}

/** A local stand-in for Daily's REST API, its meeting tokens, webhooks and calls, state in memory. */
export function createDailyEmulator(options: DailyEmulatorOptions): DailyEmulator {
  const clock = options.clock ?? systemClock;
  const domain = options.domain ?? 'edutrack-local';
  const domainId = options.domainId ?? randomUUID();
  const validator = createRequestValidator();
  const rooms = new RoomStore(clock, (name) => `https://${domain}.daily.co/${name}`);
  const tokens = new MeetingTokens(options.apiKey, domainId, clock, validator);
  const webhooks = new WebhookSender({
    clock,
    domainId,
    timeoutMs: options.webhookTimeoutMs ?? 5_000,
    timestampUnit: options.webhookTimestampUnit ?? 's',
  });
  if (options.webhook !== undefined) webhooks.preconfigure(options.webhook);
  const calls = new CallRegistry({ rooms, tokens, webhooks, clock });
  const faults = new FaultInjector(options.faults);
  const routes: { method: string; url: string }[] = [];

  const app = Fastify({
    logger: options.logger ?? false,
    // close() must not wait for requests a fault left hanging.
    forceCloseConnections: true,
    // Meeting tokens travel as a path parameter (GET /meeting-tokens/:token).
    routerOptions: { maxParamLength: 4096 },
  });
  app.addHook('onRoute', ({ method, url }) => {
    // Only the REST API: the signalling socket is no Daily endpoint.
    if (!url.startsWith('/v1')) return;
    for (const verb of [method].flat()) if (verb !== 'HEAD') routes.push({ method: verb, url });
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DailyEmulatorError) return reply.code(error.statusCode).send(error.body);
    if (jsonParsingError(error))
      return reply.code(400).send({ error: 'json-parsing-error', info: 'body is not valid JSON' });
    if (error.statusCode !== undefined && error.statusCode < 500) {
      return reply.code(400).send({ error: 'invalid-request-error', info: error.message });
    }
    request.log.error(error);
    return reply.code(500).send({ error: 'server-error', info: 'internal error' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not-found', info: `no such endpoint: ${request.method} ${request.url}` }),
  );
  app.register(
    async (v1) => {
      v1.addHook('onRequest', authHook(options.apiKey));
      acceptEmptyJsonBodies(v1);
      installFaultHooks(v1, faults);
      registerRoomRoutes(v1, { rooms, calls, validator, clock });
      registerMeetingTokenRoutes(v1, { tokens, validator, clock });
      registerWebhookRoutes(v1, { webhooks, validator });
      registerMeetingRoutes(v1, { calls, clock });
    },
    { prefix: '/v1' },
  );
  // The local call stand-in's signalling, so `pnpm daily:emulator` alone serves a whole call.
  app.register(localCallSignalling, { calls, path: LOCAL_CALL_SIGNALLING_PATH });

  let ticker: NodeJS.Timeout | undefined;
  return {
    app,
    state: { domain, domainId, rooms, tokens, webhooks, calls, faults, routes },
    faults,
    calls,
    async listen(port = 0, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('the emulator is not listening on TCP');
      const tickIntervalMs = options.tickIntervalMs ?? 1_000;
      if (tickIntervalMs > 0 && ticker === undefined) {
        ticker = setInterval(() => void calls.tick().catch((error: unknown) => app.log.error(error)), tickIntervalMs);
        ticker.unref();
      }
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return `http://${shownHost}:${address.port}/v1`;
    },
    async close() {
      clearInterval(ticker);
      ticker = undefined;
      await app.close();
    },
  };
}
