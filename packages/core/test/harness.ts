import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, insertSchoolWorld, type SchoolWorld, type TestDatabase } from '@edutrack/db/testing';
import { outboxEmails } from '@edutrack/db';
import {
  createCoreDeps,
  loadStaffActor,
  ManualClock,
  silentLogger,
  type CoreDeps,
  type GuardianActor,
  type StaffActor,
} from '../src/index.ts';

const NOW = '2030-03-04T12:00:00Z';

export interface Harness {
  testDb: TestDatabase;
  deps: CoreDeps;
  clock: ManualClock;
  world: SchoolWorld;
  staff(user: { id: string }): Promise<StaffActor>;
  guardian(family: { guardian: { id: string; email: string; name: string } }): GuardianActor;
  outbox(): Promise<{ toAddress: string; subject: string; bodyText: string }[]>;
  roomSyncJobs(): Promise<{ appointmentId: string; key: string }[]>;
}

/** A test file's own database with the two-branch school world, and real deps over it. */
export function useHarness(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.testDb = await createTestDatabase();
    h.clock = new ManualClock(NOW);
    h.deps = createCoreDeps({ db: h.testDb.db, clock: h.clock, log: silentLogger, publicUrl: 'http://localhost:3000' });
    h.world = await insertSchoolWorld(h.testDb.db);
    h.staff = async (user) => {
      const row = await h.testDb.db.query.staffUsers.findFirst({ where: (s, { eq }) => eq(s.id, user.id) });
      return loadStaffActor(h.testDb.db, row!);
    };
    h.guardian = ({ guardian }) => ({ kind: 'guardian', id: guardian.id, email: guardian.email, name: guardian.name });
    h.outbox = () => h.testDb.db.select().from(outboxEmails).orderBy(outboxEmails.createdAt);
    h.roomSyncJobs = async () => {
      const rows = await h.testDb.db.execute<{ key: string }>(
        sql`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'room:sync'`,
      );
      return rows.map((r) => ({ appointmentId: r.key.replace('room-sync:', ''), key: r.key }));
    };
  });
  afterAll(() => h.testDb?.drop());
  return h;
}

/** ISO time `minutes` after the harness's fixed now. */
export const later = (minutes: number) => new Date(new Date(NOW).getTime() + minutes * 60_000);
