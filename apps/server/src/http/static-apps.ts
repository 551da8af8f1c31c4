import { existsSync } from 'node:fs';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export interface WebApp {
  /** URL prefix, e.g. /staff/ */
  prefix: string;
  /** The built app (vite's dist folder). */
  root: string;
}

/**
 * Serves the built web apps. Hashed assets are cached for a year; everything else (index.html,
 * the service worker, the manifest) is revalidated so a new version is picked up at once.
 * Unknown paths under an app's prefix get its index.html (client-side routing).
 */
export async function registerWebApps(app: FastifyInstance, apps: WebApp[]): Promise<void> {
  // Brotli or gzip for the apps' files: a phone on a slow network gets the first screen sooner.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  let decorated = false;
  for (const web of apps) {
    if (!existsSync(`${web.root}/index.html`)) {
      app.get(`${web.prefix}*`, async (_req, reply) =>
        reply
          .code(503)
          .type('text/plain')
          .send(`This app has not been built yet. Run "pnpm build" (or "pnpm start") from the repository root.`),
      );
      continue;
    }
    await app.register(fastifyStatic, {
      root: web.root,
      prefix: web.prefix,
      decorateReply: !decorated,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes('/assets/');
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    decorated = true;
  }

  app.setNotFoundHandler((req, reply) => {
    const web = apps.find((w) => req.url.startsWith(w.prefix));
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (web && wantsPage && existsSync(`${web.root}/index.html`)) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', web.root);
    }
    return reply.code(404).send({ error: { message: 'Not found.' } });
  });
}
