import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  parseDailyWebhook,
  verifyDailyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from '@edutrack/daily';
import { countSkippedWebhook, recordWebhookEvent, type MeetingDeps } from '@edutrack/core';

/** Daily's events are small; anything larger is not from Daily. */
const MAX_BODY_BYTES = 64 * 1024;
const MAX_AGE_MS = 5 * 60_000;

/**
 * POST /webhooks/daily: verify the signature over the raw body, refuse stale timestamps, store the
 * event once by its id and answer at once; the work happens in a job. Daily's {"test":"test"}
 * creation ping is answered 200, and so is every other correctly signed delivery.
 */
export async function registerDailyWebhookRoute(
  app: FastifyInstance,
  options: { deps: MeetingDeps; secret: string | undefined },
) {
  await app.register(async (scope) => {
    // The signature covers the exact bytes Daily sent: keep the body as a string.
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: MAX_BODY_BYTES },
      (_req, body, done) => done(null, body),
    );

    scope.post('/webhooks/daily', async (req, reply) => {
      const raw = typeof req.body === 'string' ? req.body : '';
      const json = parseJson(raw);
      if (isTestPing(json)) return reply.send({ ok: true });
      if (!options.secret) return reply.code(503).send({ error: 'webhooks are not configured on this server' });

      const verification = verifyDailyWebhook({
        rawBody: raw,
        signature: header(req.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()]),
        timestamp: header(req.headers[WEBHOOK_TIMESTAMP_HEADER.toLowerCase()]),
        secretBase64: options.secret,
        now: options.deps.clock.now(),
        maxAgeMs: MAX_AGE_MS,
      });
      if (!verification.ok) {
        req.log.warn({ reason: verification.reason }, 'rejected a Daily webhook');
        return reply.code(401).send({ error: 'signature not valid' });
      }
      // From here the delivery is Daily's own (signed). Anything but 2xx counts as a failed delivery,
      // and after a few of those Daily's circuit breaker stops sending altogether (docs: webhooks), so
      // whatever we cannot use is answered 200, logged (its type only) and counted for admins.
      const skip = async (reason: string) => {
        req.log.warn(
          {
            reason,
            type: typeof (json as { type?: unknown })?.type === 'string' ? (json as { type: string }).type : undefined,
          },
          'skipped a signed Daily webhook',
        );
        await countSkippedWebhook(options.deps.db, options.deps.clock.now());
        return reply.send({ ok: true, ignored: true });
      };
      if (json === undefined) return skip('body is not JSON');
      const parsed = parseDailyWebhook(json);
      if (parsed.kind === 'invalid') return skip('not an event this server understands');
      if (parsed.kind !== 'event') return skip('event type not used');
      const id = parsed.event.id ?? createHash('sha256').update(raw).digest('hex');
      const fresh = await recordWebhookEvent(options.deps.db, { id, type: parsed.event.type, payload: json });
      return reply.send({ ok: true, duplicate: !fresh });
    });
  });
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const isTestPing = (json: unknown) =>
  typeof json === 'object' &&
  json !== null &&
  Object.keys(json).length === 1 &&
  (json as { test?: unknown }).test === 'test';
