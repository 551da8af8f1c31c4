import { afterAll, beforeAll } from 'vitest';
import type { MeetingDeps } from '@edutrack/core';
import { useSchoolHarness, type SchoolHarness } from '@edutrack/core/testing';
import { createDailyClient, type DailyClient } from '@edutrack/daily';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { dailyVideoRooms } from '../src/adapters/daily-video-rooms.ts';

export interface VideoHarness extends SchoolHarness<MeetingDeps> {
  emulator: DailyEmulator;
  /** The emulator's REST base URL. */
  baseUrl: string;
  /** A client on the same emulator, for the test's own look at Daily's side. */
  daily: DailyClient;
}

/** Real PostgreSQL, the Daily emulator over real HTTP, the real adapter, a clock the test moves. */
export function useVideoHarness(): VideoHarness {
  const h = useSchoolHarness() as VideoHarness;
  beforeAll(async () => {
    h.emulator = createDailyEmulator({ apiKey: 'test-key', clock: h.clock });
    const baseUrl = await h.emulator.listen(0, '127.0.0.1');
    h.baseUrl = baseUrl;
    // Retries without real waiting: the backoff's length is the client's own tests' business.
    h.daily = createDailyClient({ apiKey: 'test-key', baseUrl, sleep: async () => {}, timeoutMs: 2_000 });
    h.deps = {
      ...h.deps,
      video: dailyVideoRooms(h.daily, { prefix: 'etm', mode: 'local', now: () => h.clock.now().getTime() }),
    };
  });
  afterAll(async () => {
    await h.emulator?.close();
  });
  return h;
}
