import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.ts';
import { RequestLog } from '../src/http/request-log.ts';

/** A real Fastify with the request log at the server's default level (info), lines kept as JSON. */
async function appLoggingAtInfo(routineLevel: 'debug' | 'info') {
  const lines: { level: number; msg: string; res?: { statusCode: number } }[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
  );
  const app = Fastify({ loggerInstance: logger, logController: new RequestLog({ routineLevel, slowMs: 50 }) });
  app.get('/fast', async () => ({ ok: true }));
  app.get('/slow', async () => {
    await sleep(80);
    return { ok: true };
  });
  app.get('/broken', async (_req, reply) => reply.code(503).send({ down: true }));
  app.get('/throws', async () => {
    throw new Error('boom');
  });
  await app.ready();
  return { app, lines };
}

const WARN = 40;
const ERROR = 50;

describe('request logs', () => {
  it('in development an ordinary request writes nothing at info; slow ones warn, failures are errors', async () => {
    const { app, lines } = await appLoggingAtInfo('debug');
    await app.inject('/fast');
    await app.inject('/missing');
    expect(lines).toEqual([]);

    await app.inject('/slow');
    expect(lines).toEqual([expect.objectContaining({ level: WARN, msg: 'slow request' })]);
    await app.inject('/broken');
    await app.inject('/throws');
    expect(lines.filter((l) => l.level >= ERROR).map((l) => l.res?.statusCode)).toEqual(
      expect.arrayContaining([503, 500]),
    );
    await app.close();
  });

  it('in production ordinary requests stay at info', async () => {
    const { app, lines } = await appLoggingAtInfo('info');
    await app.inject('/fast');
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    await app.close();
  });

  it('development is the quiet one by default', () => {
    expect(loadEnv({}).REQUEST_LOG).toEqual({ routineLevel: 'debug', slowMs: 1000 });
    expect(
      loadEnv({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x@db/x',
        PUBLIC_URL: 'https://meet.example',
        SMTP_URL: 'smtp://mail.example:587',
        DAILY_API_KEY: 'k',
      }).REQUEST_LOG.routineLevel,
    ).toBe('info');
  });
});
