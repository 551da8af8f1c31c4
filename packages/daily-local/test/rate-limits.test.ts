import { describe, expect, it } from 'vitest';
import { CLIENT_RATE_LIMITS, DAILY_RATE_LIMITS } from '@edutrack/daily';
import { rawRequest, startEmulator } from './support/emulator-harness.ts';

// Daily's counts over a window ten times as long, so a slow test machine cannot spread the burst
// over two windows; the paced tests below run against Daily's real one-second windows.
const wideWindows = {
  general: { limit: DAILY_RATE_LIMITS.general.limit, intervalMs: 10_000 },
  roomDelete: { limit: DAILY_RATE_LIMITS.roomDelete.limit, intervalMs: 10_000 },
};

describe('rate limits', () => {
  it('the emulator answers 429 rate-limit-error past the limit', async () => {
    const { baseUrl, emulator } = await startEmulator({ faults: { rateLimits: wideWindows } });
    const answers = await Promise.all(Array.from({ length: 30 }, () => rawRequest(baseUrl, '/rooms')));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited).toHaveLength(30 - DAILY_RATE_LIMITS.general.limit);
    expect(await limited[0]?.json()).toMatchObject({ error: 'rate-limit-error' });
    expect(emulator.faults.counts['rate-limit']).toBe(10);
  });

  it('the emulator limits DELETE /rooms/:name separately and harder', async () => {
    const { client, baseUrl, emulator } = await startEmulator({ faults: { rateLimits: wideWindows } });
    const daily = client();
    for (const name of ['a', 'b', 'c']) await daily.createRoom({ name });
    const answers = await Promise.all(
      ['a', 'b', 'c'].map((name) => rawRequest(baseUrl, `/rooms/${name}`, { method: 'DELETE' })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 429]);
    expect(emulator.faults.counts['rate-limit']).toBe(1);
  });

  it('without pacing, a burst against the limit needs retries (the limiter test below can fail)', async () => {
    const { client, emulator } = await startEmulator({ faults: { rateLimits: true } });
    const daily = client({ rateLimits: false, maxRetries: 10, backoff: { baseDelayMs: 200, maxDelayMs: 2_000 } });
    await Promise.all(Array.from({ length: 40 }, (_, index) => daily.createRoom({ name: `unpaced-${index}` })));
    expect(emulator.faults.counts['rate-limit']).toBeGreaterThan(0);
  });

  it('the client paces a burst of 100 creations under the limit: no 429 reaches the caller', async () => {
    const { client, emulator } = await startEmulator({ faults: { rateLimits: true } });
    const daily = client({ rateLimits: CLIENT_RATE_LIMITS });
    const started = Date.now();
    const rooms = await Promise.all(
      Array.from({ length: 100 }, (_, index) => daily.createRoom({ name: `paced-${index}` })),
    );
    expect(rooms).toHaveLength(100);
    // Paced at 19/s against Daily's 20/s, a 429 is rare (a delayed request landing in a busier
    // second) and retried; unpaced, the test above sees many.
    expect(emulator.faults.counts['rate-limit']).toBeLessThanOrEqual(2);
    // 100 requests at 19 per second take over five seconds: the burst was spread, not rejected.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
  });

  it('the client paces room deletions to Daily’s tighter limit', async () => {
    const { client, emulator } = await startEmulator({ faults: { rateLimits: true } });
    const daily = client({ rateLimits: CLIENT_RATE_LIMITS, maxRetries: 0 });
    const names = ['d1', 'd2', 'd3', 'd4', 'd5'];
    for (const name of names) await daily.createRoom({ name });
    await Promise.all(names.map((name) => daily.deleteRoom(name)));
    expect(emulator.faults.counts['rate-limit']).toBe(0);
  });
});
