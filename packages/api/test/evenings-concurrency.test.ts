import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@edutrack/db';
import { createCoreDeps, ManualClock, silentLogger } from '@edutrack/core';
import { countEveningBookings, insertRushSchool, minutesAfterTestNow, TEST_NOW } from '@edutrack/core/testing';
import { appRouter, createCallerFactory } from '../src/index.ts';
import { fakeVideoRooms } from './fake-video-rooms.ts';
import { bookableEvening, useApiHarness } from './harness.ts';

const h = useApiHarness();
const createCaller = createCallerFactory(appRouter);
const second = { close: async () => {} };
afterAll(() => second.close());

describe('the opening rush across two server instances on one database', () => {
  it('40 families confirming overlapping itineraries at once: no slot, teacher or parent is ever double booked', async () => {
    const db = h.testDb.db;
    const { branch } = h.world.a;
    const { classes, families } = await insertRushSchool(db, branch.id, 40);
    const admin = h.as(await h.staff(h.world.a.admin));
    const evening = await admin.staff.evenings.create(
      bookableEvening(branch.id, {
        name: 'Rush evening',
        sessions: [{ date: '2030-03-12', startTime: '17:00', endTime: '18:00' }],
        classIds: classes.map((c) => c.id),
        rules: { opensAt: minutesAfterTestNow(-1).toISOString() },
      }),
    );

    // A second instance: its own connection pool and clock, the same database.
    const other = createDb(h.testDb.url, { maxConnections: 10 });
    second.close = other.close;
    const otherDeps = {
      ...createCoreDeps({
        db: other.db,
        clock: new ManualClock(TEST_NOW),
        log: silentLogger,
        publicUrl: 'http://localhost:3000',
      }),
      video: fakeVideoRooms(),
    };
    const callerOn = (instance: 0 | 1, guardian: (typeof families)[number]['guardian']) =>
      createCaller({
        deps: instance === 0 ? h.deps : otherDeps,
        signedIn: {
          staff: () => Promise.resolve(null),
          guardian: () =>
            Promise.resolve({
              kind: 'guardian',
              id: guardian.id,
              email: guardian.email,
              name: guardian.name,
              language: null,
            }),
        },
        ip: '127.0.0.1',
        cookies: { set: () => {}, clear: () => {}, get: () => undefined },
        language: 'en',
      });

    const outcomes = await Promise.all(
      families.map(async (f, i) => {
        const api = callerOn((i % 2) as 0 | 1, f.guardian);
        try {
          const p = await api.parent.evenings.propose({
            eveningId: evening.id,
            requests: [{ studentId: f.student.id }],
          });
          if (!p.meetings.length) return 'nothing free';
          const c = await callerOn(((i + 1) % 2) as 0 | 1, f.guardian).parent.evenings.confirm({
            eveningId: evening.id,
            slotIds: p.meetings.map((m) => m.slotId),
          });
          return `booked ${c.meetings.length}`;
        } catch (error) {
          return `refused ${(error as { code?: string }).code}`;
        }
      }),
    );
    // 4 teachers × 6 slots: every slot is booked once, and only by clean outcomes.
    const counts = await countEveningBookings(db, evening.id);
    expect(counts).toEqual({ booked: 24, slots: 24, teacherOverlaps: 0, parentOverlaps: 0 });
    expect(outcomes.filter((o) => !/^(booked \d|nothing free|refused (CONFLICT|PRECONDITION_FAILED))/.test(o))).toEqual(
      [],
    );
    const served = outcomes.filter((o) => o.startsWith('booked')).reduce((n, o) => n + Number(o.split(' ')[1]), 0);
    expect(served).toBe(24);
  });
});
