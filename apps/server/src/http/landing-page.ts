import type { FastifyInstance } from 'fastify';

/** The bare address sends people to the right app. */
export function registerLandingPage(app: FastifyInstance): void {
  app.get('/', async (_req, reply) =>
    reply.type('text/html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>EduTrack Meet</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2933}
a{display:block;margin:1rem 0;padding:1rem;border:1px solid #cbd2d9;border-radius:.5rem;color:#0b5cad;text-decoration:none;font-weight:600}
a:focus,a:hover{outline:3px solid #0b5cad;outline-offset:2px}</style></head>
<body><h1>EduTrack Meet</h1><p>Parent-teacher meetings by video.</p>
<a href="/parent/">I'm a parent</a><a href="/staff/">I work at the school</a></body></html>`),
  );
}
