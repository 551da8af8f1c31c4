import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, insertSchoolWorld, type SchoolWorld, type TestDatabase } from '@edutrack/db/testing';
import {
  createCoreDeps,
  loadStaffActor,
  ManualClock,
  silentLogger,
  type MeetingDeps,
  type GuardianActor,
  type StaffActor,
} from '@edutrack/core';

import { appRouter, createCallerFactory, type SessionCookies } from '../src/index.ts';
import { fakeVideoRooms } from './fake-video-rooms.ts';

const NOW = '2030-03-04T12:00:00Z';
const createCaller = createCallerFactory(appRouter);

/** An in-memory cookie jar: the transport's part, which the server tests cover over real HTTP. */
function memoryCookies(): SessionCookies & { jar: Map<string, string> } {
  const jar = new Map<string, string>();
  return { jar, set: (k, v) => void jar.set(k, v), clear: (k) => void jar.delete(k), get: (k) => jar.get(k) };
}

export interface ApiHarness {
  testDb: TestDatabase;
  deps: MeetingDeps;
  clock: ManualClock;
  world: SchoolWorld;
  staff(user: { id: string }): Promise<StaffActor>;
  guardian(family: { guardian: { id: string; email: string; name: string } }): GuardianActor;
  as(actor: StaffActor | GuardianActor | null): ReturnType<typeof createCaller>;
}

export function useApiHarness(): ApiHarness {
  const h = {} as ApiHarness;
  beforeAll(async () => {
    h.testDb = await createTestDatabase();
    h.clock = new ManualClock(NOW);
    h.deps = {
      ...createCoreDeps({ db: h.testDb.db, clock: h.clock, log: silentLogger, publicUrl: 'http://localhost:3000' }),
      video: fakeVideoRooms(),
    };
    h.world = await insertSchoolWorld(h.testDb.db);
    h.staff = async (user) =>
      loadStaffActor(
        h.testDb.db,
        (await h.testDb.db.query.staffUsers.findFirst({ where: (s, { eq }) => eq(s.id, user.id) }))!,
      );
    h.guardian = ({ guardian }) => ({ kind: 'guardian', id: guardian.id, email: guardian.email, name: guardian.name });
    h.as = (actor) =>
      createCaller({
        deps: h.deps,
        staff: actor?.kind === 'staff' ? actor : null,
        guardian: actor?.kind === 'guardian' ? actor : null,
        ip: '127.0.0.1',
        cookies: memoryCookies(),
      });
  });
  afterAll(() => h.testDb?.drop());
  return h;
}

/** The tRPC error code a call ends with, or 'OK'. */
export const outcome = (call: Promise<unknown>) =>
  call.then(
    () => 'OK',
    (e: { code?: string }) => e.code ?? 'THREW',
  );
