import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DailyErrorType } from '@edutrack/daily';
import type { FaultInjector, FaultKind } from './faults.ts';

const never = (): Promise<never> => new Promise<never>(() => {});

const errorAnswer = (
  kind: FaultKind,
): { status: number; body: { error: DailyErrorType; info: string } } | undefined => {
  if (kind === 'rate-limit') return { status: 429, body: { error: 'rate-limit-error', info: 'rate limit exceeded' } };
  if (kind === 'server-error') return { status: 500, body: { error: 'server-error', info: 'injected server error' } };
  return undefined;
};

/** Installs rate limits and injected faults on every route of the instance (the `/v1` scope). */
export function installFaultHooks(app: FastifyInstance, faults: FaultInjector): void {
  const afterHandler = new WeakMap<FastifyRequest, FaultKind>();

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const target = { method: request.method, path: request.url.split('?')[0] ?? request.url };
    if (await faults.overRateLimit(target)) return reply.code(429).send(errorAnswer('rate-limit')?.body);
    const decision = faults.decide(target);
    if (decision === undefined) return;
    if (decision.phase === 'after') {
      afterHandler.set(request, decision.kind);
      return;
    }
    const answer = errorAnswer(decision.kind);
    if (answer !== undefined) return reply.code(answer.status).send(answer.body);
    // Hang or reset: take the socket from Fastify; a hang simply never answers.
    reply.hijack();
    if (decision.kind === 'reset') request.raw.socket.destroy();
    return reply;
  });

  // After the handler: the change is made, but the caller never learns of it.
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const kind = afterHandler.get(request);
    if (kind === undefined) return payload;
    const answer = errorAnswer(kind);
    if (answer !== undefined) {
      reply.code(answer.status);
      return JSON.stringify(answer.body);
    }
    if (kind === 'reset') request.raw.socket.destroy();
    return never();
  });
}
