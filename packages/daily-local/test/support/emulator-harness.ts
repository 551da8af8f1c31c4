import { afterEach } from 'vitest';
import { createDailyClient, type DailyClientOptions } from '@edutrack/daily';
import { createDailyEmulator, type DailyEmulatorOptions } from '../../src/emulator/create-daily-emulator.ts';
import { createManualClock, type ManualClock } from './manual-clock.ts';

export const TEST_API_KEY = 'test-daily-key';

/** Retries fast in tests: the backoff shape is unit-tested separately. */
const FAST_BACKOFF = { baseDelayMs: 2, maxDelayMs: 20 };

export interface Harness {
  emulator: ReturnType<typeof createDailyEmulator>;
  baseUrl: string;
  clock: ManualClock;
  client(overrides?: Partial<DailyClientOptions>): ReturnType<typeof createDailyClient>;
}

const running: Harness[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(({ emulator }) => emulator.close()));
});

/** An emulator listening on 127.0.0.1 with a manual clock; closed after the test. */
export async function startEmulator(options: Partial<DailyEmulatorOptions> = {}): Promise<Harness> {
  const clock = createManualClock();
  const emulator = createDailyEmulator({ apiKey: TEST_API_KEY, clock, tickIntervalMs: 0, ...options });
  const baseUrl = await emulator.listen();
  const harness: Harness = {
    emulator,
    baseUrl,
    clock,
    client: (overrides = {}) =>
      createDailyClient({
        apiKey: TEST_API_KEY,
        baseUrl,
        backoff: FAST_BACKOFF,
        rateLimits: false,
        timeoutMs: 2_000,
        ...overrides,
      }),
  };
  running.push(harness);
  return harness;
}

export const inMinutes = (clock: ManualClock, minutes: number): Date =>
  new Date(clock.now().getTime() + minutes * 60_000);

/** A request past the client, for what the client would never send (bad JSON, unknown properties). */
export const rawRequest = (
  baseUrl: string,
  path: string,
  {
    method = 'GET',
    body,
    apiKey = TEST_API_KEY,
  }: { method?: string; body?: string | object; apiKey?: string | null } = {},
): Promise<Response> =>
  fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(apiKey === null ? {} : { Authorization: `Bearer ${apiKey}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
  });
