import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.ts';

const t = useTestApp();

/** A raw HTTP request, so the path reaches the server exactly as spelled (fetch would normalise it). */
function rawPost(path: string, body: unknown, headers: Record<string, string>) {
  const url = new URL(t.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const linkRequests = async () =>
  (await t.testDb.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM rate_limits`))[0]!.n;

const SPELLINGS = [
  '/trpc/auth.requestMagicLink',
  '/%74rpc/auth.requestMagicLink',
  '/%74%72%70%63/auth.requestMagicLink',
  '/trpc/auth%2erequestMagicLink',
  '//trpc/auth.requestMagicLink',
  '/trpc//auth.requestMagicLink',
  '/TRPC/auth.requestMagicLink',
  '/Trpc/auth.requestMagicLink',
  '/%2Ftrpc/auth.requestMagicLink',
  '/./trpc/auth.requestMagicLink',
  '/trpc/auth.requestMagicLink?batch=1',
  '/dev/outbox',
  '/webhooks/daily',
];

describe('requests from another website are refused whatever the path spelling', () => {
  it.each(SPELLINGS)('POST %s', async (path) => {
    const before = await linkRequests();
    const res = await rawPost(path, { email: 'victim@example.com' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body).toMatch(/another website/);
    expect(await linkRequests()).toBe(before);
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('%s from another website is refused too', async (method) => {
    const res = await fetch(`${t.url}/%74rpc/auth.requestMagicLink`, {
      method,
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('a browser that sends no Origin but says the request is cross-site is refused', async () => {
    const res = await rawPost(
      '/%74rpc/auth.requestMagicLink',
      { email: 'victim@example.com' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(res.status).toBe(403);
  });

  it('our own pages, and clients that send no Origin at all (Daily webhooks), still get through', async () => {
    const own = await rawPost(
      '/trpc/auth.requestMagicLink',
      { email: 'fine@example.com' },
      { origin: 'http://localhost:3000' },
    );
    expect(own.status).toBe(200);
    const server = await rawPost('/trpc/auth.requestMagicLink', { email: 'fine2@example.com' }, {});
    expect(server.status).toBe(200);
  });
});
