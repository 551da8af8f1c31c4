import type { FastifyInstance } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request (any method but GET/HEAD/OPTIONS, on ANY path) must come from our own
 * pages. It runs before routing looks at the path, so no spelling of a path (percent-encoded, doubled
 * slashes, other case) slips past it. Clients that send no Origin (servers, e.g. Daily's webhooks)
 * pass unless the browser says the request is cross-site; SameSite=Lax cookies are the first guard.
 */
export function registerSameOriginGuard(app: FastifyInstance, allowedOrigins: string[]): void {
  app.addHook('onRequest', async (req, reply) => {
    if (SAFE_METHODS.has(req.method)) return;
    const origin = req.headers.origin;
    const crossSite = origin ? !allowedOrigins.includes(origin) : req.headers['sec-fetch-site'] === 'cross-site';
    if (crossSite) {
      return reply.code(403).send({ error: { message: 'This request came from another website and was refused.' } });
    }
  });
}
