import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'parent-pwa-canary-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the built parent app', () => {
  it('carries no server secret, even when the build runs with one in its environment', async () => {
    const canary = `canary-${crypto.randomUUID()}`;
    const names = ['DAILY_API_KEY', 'DAILY_WEBHOOK_SECRET'] as const;
    const saved = names.map((name) => process.env[name]);
    for (const name of names) process.env[name] = canary;
    try {
      await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: true } });
    } finally {
      names.forEach((name, i) => (saved[i] === undefined ? delete process.env[name] : (process.env[name] = saved[i])));
    }
    const files = filesUnder(outDir);
    expect(files.some((f) => f.endsWith('sw.js'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(3);
    const leaking = files.filter((file) => readFileSync(file).includes(canary));
    expect(leaking).toEqual([]);
  });
});
