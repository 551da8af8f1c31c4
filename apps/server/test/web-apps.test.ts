import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.ts';

const root = mkdtempSync(join(tmpdir(), 'etm-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>portal</title>');
writeFileSync(join(root, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))})`);
writeFileSync(join(root, 'sw.js'), 'self.x = 1');

const t = useTestApp({
  devOutbox: true,
  webApps: [
    { prefix: '/staff/', root },
    { prefix: '/parent/', root: join(root, 'missing') },
  ],
});

describe('hosting the web apps', () => {
  it('serves hashed assets as immutable and revalidates the shell and service worker', async () => {
    const asset = await fetch(`${t.url}/staff/assets/app-abc123.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('br');
    const sw = await fetch(`${t.url}/staff/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const page = await fetch(`${t.url}/staff/`);
    expect(await page.text()).toContain('<title>portal</title>');
  });

  it('answers deep links with the app shell, and unknown files with 404', async () => {
    const deep = await fetch(`${t.url}/staff/meetings/123`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>portal</title>');
    expect((await fetch(`${t.url}/staff/assets/nope.js`)).status).toBe(404);
  });

  it('explains an app that has not been built', async () => {
    const res = await fetch(`${t.url}/parent/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/Run "pnpm build"/);
  });

  it('sends security headers, and shows the dev outbox only when enabled', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${t.url}/dev/outbox`)).status).toBe(200);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
