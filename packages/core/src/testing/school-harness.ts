import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, insertSchoolWorld, type SchoolWorld, type TestDatabase } from '@edutrack/db/testing';
import type { GuardianActor, StaffActor } from '../actors.ts';
import { loadStaffActor } from '../auth/sessions.ts';
import { ManualClock, type Clock } from '../clock.ts';
import { createCoreDeps, type CoreDeps } from '../deps.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { scheduleMeeting } from '../appointments/schedule-meeting.ts';

/** The moment every harness starts at; tests move the clock from here. */
export const TEST_NOW = '2030-03-04T12:00:00Z';

/** A time `minutes` after TEST_NOW. */
export const minutesAfterTestNow = (minutes: number) => new Date(new Date(TEST_NOW).getTime() + minutes * 60_000);

export { countEveningBookings, insertRushSchool, type EveningBookingCounts } from './evening-bookings.ts';

type Family = SchoolWorld['a']['family1'];

export interface SchoolHarness<Deps extends CoreDeps = CoreDeps, TestClock extends Clock = ManualClock> {
  testDb: TestDatabase;
  clock: TestClock;
  /** Two schools' worth of branches, staff and families (packages/db/src/testing/fixtures.ts). */
  world: SchoolWorld;
  deps: Deps;
  staff(user: { id: string }): Promise<StaffActor>;
  guardian(family: Pick<Family, 'guardian'>): GuardianActor;
  /** Builds a meeting of branch A's teacher1 with a family, `inMinutes` from the clock's now. */
  scheduleMeeting(inMinutes: number, options?: { family?: 'family1' | 'family2'; minutes?: number }): Promise<string>;
}

/**
 * The one test harness: a database of the file's own (copied from the migrated template), the
 * school world in it, a manual clock and the real core dependencies over them. Other harnesses
 * (api callers, the HTTP app, the Daily emulator) build on the object this returns, adding their
 * parts in their own beforeAll, which runs after this one; their afterAll runs before the database
 * is dropped.
 */
export function useSchoolHarness(options?: { log?: Logger; publicUrl?: string }): SchoolHarness;
/** With a clock of the test's choosing, e.g. the system clock where real processes share the database. */
export function useSchoolHarness<TestClock extends Clock>(options: {
  clock: TestClock;
  log?: Logger;
  publicUrl?: string;
}): SchoolHarness<CoreDeps, TestClock>;
export function useSchoolHarness(
  options: { clock?: Clock; log?: Logger; publicUrl?: string } = {},
): SchoolHarness<CoreDeps, Clock> {
  const h = {} as SchoolHarness<CoreDeps, Clock>;
  beforeAll(async () => {
    h.testDb = await createTestDatabase();
    h.clock = options.clock ?? new ManualClock(TEST_NOW);
    h.world = await insertSchoolWorld(h.testDb.db);
    h.deps = createCoreDeps({
      db: h.testDb.db,
      clock: h.clock,
      log: options.log ?? silentLogger,
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
    });
    h.staff = async (user) => {
      const row = await h.testDb.db.query.staffUsers.findFirst({ where: (s, { eq }) => eq(s.id, user.id) });
      if (!row) throw new Error(`no staff user ${user.id} in the test world`);
      return loadStaffActor(h.testDb.db, row);
    };
    h.guardian = ({ guardian }) => ({
      kind: 'guardian',
      id: guardian.id,
      email: guardian.email,
      name: guardian.name,
      language: guardian.language,
    });
    h.scheduleMeeting = async (inMinutes, meeting = {}) => {
      const family = h.world.a[meeting.family ?? 'family1'];
      const startsAt = new Date(h.clock.now().getTime() + inMinutes * 60_000);
      const view = await scheduleMeeting(h.deps, await h.staff(h.world.a.teacher1), {
        guardianId: family.guardian.id,
        studentId: family.student.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (meeting.minutes ?? 15) * 60_000),
      });
      return view.id;
    };
  });
  afterAll(() => h.testDb?.drop());
  return h;
}
