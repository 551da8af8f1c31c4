import { beforeAll } from 'vitest';
import type { GuardianActor, MeetingDeps, StaffActor } from '@edutrack/core';
import { minutesAfterTestNow, useSchoolHarness, type SchoolHarness } from '@edutrack/core/testing';
import type { CatalogLocale } from '@edutrack/i18n';

import { appRouter, createCallerFactory, type SessionCookies } from '../src/index.ts';
import { fakeVideoRooms } from './fake-video-rooms.ts';

const createCaller = createCallerFactory(appRouter);

/** An in-memory cookie jar: the transport's part, which the server tests cover over real HTTP. */
function memoryCookies(): SessionCookies & { jar: Map<string, string> } {
  const jar = new Map<string, string>();
  return { jar, set: (k, v) => void jar.set(k, v), clear: (k) => void jar.delete(k), get: (k) => jar.get(k) };
}

export interface ApiHarness extends SchoolHarness<MeetingDeps> {
  /** `language`: what the asking app shows (its Accept-Language), English unless said. */
  as(actor: StaffActor | GuardianActor | null, language?: CatalogLocale): ReturnType<typeof createCaller>;
}

/** The school harness with a fake video provider, calling procedures as a given person. */
export function useApiHarness(): ApiHarness {
  const h = useSchoolHarness() as ApiHarness;
  beforeAll(() => {
    h.deps = { ...h.deps, video: fakeVideoRooms() };
    h.as = (actor, language = 'en') =>
      createCaller({
        deps: h.deps,
        signedIn: {
          staff: () => Promise.resolve(actor?.kind === 'staff' ? actor : null),
          guardian: () => Promise.resolve(actor?.kind === 'guardian' ? actor : null),
        },
        ip: '127.0.0.1',
        cookies: memoryCookies(),
        language,
      });
  });
  return h;
}

/** The tRPC error code a call ends with, or 'OK'. */
export const outcome = (call: Promise<unknown>) =>
  call.then(
    () => 'OK',
    (e: { code?: string }) => e.code ?? 'THREW',
  );

type EveningInput = Parameters<ReturnType<typeof createCaller>['staff']['evenings']['create']>[0];

/** A parents' evening in `branchId` that families can book now: 12 March 2030, 17:00-17:20, 10-minute slots. */
export const bookableEvening = (branchId: string, changes: Partial<EveningInput> = {}): EveningInput => ({
  branchId,
  name: 'Autumn evening',
  sessions: [{ date: '2030-03-12', startTime: '17:00', endTime: '17:20' }],
  slotMinutes: 10,
  gapMinutes: 0,
  classIds: [],
  rules: { opensAt: minutesAfterTestNow(-60).toISOString() },
  ...changes,
});
