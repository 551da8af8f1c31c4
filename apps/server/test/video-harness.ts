import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, insertSchoolWorld, type SchoolWorld, type TestDatabase } from '@edutrack/db/testing';
import {
  createCoreDeps,
  loadStaffActor,
  ManualClock,
  scheduleMeeting,
  silentLogger,
  type MeetingDeps,
  type StaffActor,
} from '@edutrack/core';
import { createDailyClient, type DailyClient } from '@edutrack/daily';
import { createDailyEmulator, type DailyEmulator } from '@edutrack/daily-local/emulator';
import { dailyVideoRooms } from '../src/adapters/daily-video-rooms.ts';

const NOW = '2030-03-04T12:00:00Z';

export interface VideoHarness {
  testDb: TestDatabase;
  world: SchoolWorld;
  clock: ManualClock;
  emulator: DailyEmulator;
  /** The emulator's REST base URL. */
  baseUrl: string;
  /** A client on the same emulator, for the test's own look at Daily's side. */
  daily: DailyClient;
  deps: MeetingDeps;
  staff(user: { id: string }): Promise<StaffActor>;
  /** A meeting of teacher1 with family1 (or the given family) starting `inMinutes` from now. */
  schedule(inMinutes: number, options?: { family?: 'family1' | 'family2'; minutes?: number }): Promise<string>;
}

/** Real PostgreSQL, the Daily emulator over real HTTP, the real adapter, a clock the test moves. */
export function useVideoHarness(): VideoHarness {
  const h = {} as VideoHarness;
  beforeAll(async () => {
    h.testDb = await createTestDatabase();
    h.world = await insertSchoolWorld(h.testDb.db);
    h.clock = new ManualClock(NOW);
    h.emulator = createDailyEmulator({ apiKey: 'test-key', clock: h.clock });
    const baseUrl = await h.emulator.listen(0, '127.0.0.1');
    h.baseUrl = baseUrl;
    // Retries without real waiting: the backoff's length is the client's own tests' business.
    h.daily = createDailyClient({ apiKey: 'test-key', baseUrl, sleep: async () => {}, timeoutMs: 2_000 });
    h.deps = {
      ...createCoreDeps({ db: h.testDb.db, clock: h.clock, log: silentLogger, publicUrl: 'http://localhost:3000' }),
      video: dailyVideoRooms(h.daily, { prefix: 'etm', mode: 'local', now: () => h.clock.now().getTime() }),
    };
    h.staff = async (user) =>
      loadStaffActor(
        h.testDb.db,
        (await h.testDb.db.query.staffUsers.findFirst({ where: (s, { eq }) => eq(s.id, user.id) }))!,
      );
    h.schedule = async (inMinutes, options = {}) => {
      const family = h.world.a[options.family ?? 'family1'];
      const startsAt = new Date(h.clock.now().getTime() + inMinutes * 60_000);
      const view = await scheduleMeeting(h.deps, await h.staff(h.world.a.teacher1), {
        guardianId: family.guardian.id,
        studentId: family.student.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (options.minutes ?? 15) * 60_000),
      });
      return view.id;
    };
  });
  afterAll(async () => {
    await h.emulator?.close();
    await h.testDb?.drop();
  });
  return h;
}
