import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export interface RequestLogOptions {
  /** Where an ordinary request's two lines go: debug in development (so the ready banner stays visible), info in production. */
  routineLevel: 'debug' | 'info';
  /** A request slower than this is logged at warn whatever the routine level. */
  slowMs: number;
}

/**
 * Fastify's per-request lines, with the level chosen by what happened: errors and 5xx answers at
 * error, slow requests at warn, everything else at the routine level (Fastify's own LogController,
 * which otherwise logs every request twice at info).
 */
export class RequestLog extends LogController {
  constructor(private readonly options: RequestLogOptions) {
    super();
  }

  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log[this.options.routineLevel]({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const responseTime = reply.elapsedTime;
    if (error) {
      reply.log.error({ req: request, res: reply, err: error, responseTime }, 'request errored');
      return;
    }
    const slow = responseTime >= this.options.slowMs;
    const level = reply.statusCode >= 500 ? 'error' : slow ? 'warn' : this.options.routineLevel;
    reply.log[level]({ req: request, res: reply, responseTime }, slow ? 'slow request' : 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log[this.options.routineLevel]({ req: request }, 'route not found');
  }
}
