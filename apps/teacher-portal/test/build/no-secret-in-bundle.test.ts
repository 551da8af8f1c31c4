import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CANARY = `canary-daily-key-${Date.now().toString(36)}`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let outDir: string | undefined;
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the production bundle', () => {
  it('contains no server secret, even when one is set in the build environment', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'etm-staff-bundle-'));
    const saved = { ...process.env };
    Object.assign(process.env, { DAILY_API_KEY: CANARY, DAILY_WEBHOOK_SECRET: CANARY });
    try {
      await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      for (const key of ['DAILY_API_KEY', 'DAILY_WEBHOOK_SECRET']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
    const files = await filesUnder(outDir);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const leaking = [];
    for (const file of files) {
      if ((await readFile(file, 'utf8')).includes(CANARY)) leaking.push(file);
    }
    expect(leaking).toEqual([]);
  });
});
