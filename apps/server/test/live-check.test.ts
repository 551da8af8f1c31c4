import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/server-process.ts';

/**
 * `pnpm daily:live-check` as an operator runs it, against `pnpm daily:emulator` as a developer runs it
 * (both real processes). Here the browsers use the local stand-in; with a real key the same steps use
 * daily-js and Daily (README, "Video").
 */
const repo = join(import.meta.dirname, '../../..');
const EMULATOR_KEY = 'live-check-test-key';
let emulator: ChildProcess;
let apiUrl: string;

function run(command: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...command], {
      cwd: repo,
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  const port = await freePort();
  emulator = spawn(process.execPath, ['--import', 'tsx', 'packages/daily-local/src/emulator/cli.ts'], {
    cwd: repo,
    env: { ...process.env, DAILY_EMULATOR_PORT: String(port), DAILY_API_KEY: EMULATOR_KEY },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start:\n${output}`)), 30_000);
    emulator.stdout!.on('data', (d) => {
      output += d;
      if (output.includes('listening at')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  apiUrl = `http://127.0.0.1:${port}/v1`;
});
afterAll(() => {
  emulator?.kill('SIGTERM');
});

describe('pnpm daily:live-check', { timeout: 180_000 }, () => {
  it('runs every step green against the emulator, and leaves nothing behind', async () => {
    const { code, output } = await run(['apps/server/src/cli/daily-live-check.ts'], {
      DAILY_API_URL: apiUrl,
      DAILY_API_KEY: EMULATOR_KEY,
    });
    const steps = output.split('\n').filter((line) => /^(PASS|FAIL) {2}/.test(line));
    expect(
      steps.filter((line) => line.startsWith('FAIL')),
      output,
    ).toEqual([]);
    expect(steps.map((line) => line.slice(6).replace(/ \(.*$/, ''))).toEqual([
      'create a room with our policy',
      'mint an owner token and a knocking token',
      'open two headless Chromium pages under the apps’ CSP',
      'the teacher joins as the room’s owner',
      'the parent knocks with the knocking token',
      'Daily’s /meetings lists the teacher in the call but not the knocking parent',
      'the teacher sees the knock under the token’s name and admits it',
      'both see the other’s video',
      'Daily’s /meetings lists the admitted parent while the call is on',
      'the parent drops and rejoins with a token without knocking: straight into the call',
      'end the call for everyone',
      'Daily’s /meetings records both people',
      'a short-lived token removes its holder at its exp',
      'no Content-Security-Policy violation in either page',
      'webhook state',
      'delete everything it made',
    ]);
    expect(code).toBe(0);
    const rooms = await fetch(`${apiUrl}/rooms`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } });
    expect(((await rooms.json()) as { total_count: number }).total_count).toBe(0);
  });

  it('fails plainly, with exit code 1, when Daily refuses the key', async () => {
    const { code, output } = await run(['apps/server/src/cli/daily-live-check.ts'], {
      DAILY_API_URL: apiUrl,
      DAILY_API_KEY: 'not-the-key',
    });
    expect(output).toMatch(/^FAIL {2}create a room with our policy/m);
    expect(code).toBe(1);
  });
});
