import { describe, expect, it } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { cancelAppointment, reconcileRooms, syncRoom, type MeetingDeps } from '@edutrack/core';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();

/** What the worker does: run the job again (graphile-worker retries with backoff) until it succeeds. */
async function syncUntilDone(deps: MeetingDeps, id: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      await syncRoom(deps, id);
      return attempt;
    } catch (error) {
      if (attempt >= 25) throw error;
    }
  }
}

describe('rooms survive Daily failures and a crash at any point', { timeout: 120_000 }, () => {
  it('30 meetings, 20% injected failures, a crash between Daily and the database: 0 duplicates, 0 orphans, 0 missing', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(await h.scheduleMeeting(60 + i * 20, { family: i % 2 ? 'family1' : 'family2', minutes: 10 }));

    // A "process" that dies right after Daily created the room, before the database heard of it:
    // its syncs never finish, exactly like a kill -9 at that instant.
    const dying: MeetingDeps = {
      ...h.deps,
      video: {
        ...h.deps.video,
        ensureRoom: async (name, window) => (await h.deps.video.ensureRoom(name, window), new Promise(() => {})),
      },
    };
    for (const id of ids.slice(0, 5)) void syncRoom(dying, id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await h.daily.listAllRooms()).length).toBeGreaterThanOrEqual(5);

    // The restarted process meets a bad Daily: one request in five fails, some after the change was made.
    h.emulator.faults.set({ share: 0.2, kinds: ['server-error', 'rate-limit', 'reset'], timing: 'either', seed: 7 });
    const cancelled = ids.slice(25);
    const staff = await h.staff(h.world.a.teacher1);
    for (const id of cancelled) await cancelAppointment(h.deps, staff, { id, reason: 'Changed plans' });
    const attempts = [];
    for (const id of ids) attempts.push(await syncUntilDone(h.deps, id));
    // The sweep finds nothing left to repair once every job has run.
    let report = await reconcileRooms(h.deps);
    for (let round = 0; report.resynced > 0 && round < 5; round++) {
      for (const id of ids) await syncUntilDone(h.deps, id);
      report = await reconcileRooms(h.deps);
    }
    h.emulator.faults.set({ share: 0 });

    const rows = await h.testDb.db.select().from(appointmentRooms);
    const live = new Set(ids.slice(0, 25));
    const readyNames = rows.filter((r) => live.has(r.appointmentId) && r.status === 'ready').map((r) => r.name);
    const atDaily = (await h.daily.listAllRooms()).map((r) => r.name!).filter((n) => h.deps.video.isOurRoom(n));
    expect(readyNames).toHaveLength(25); // 0 missing
    expect(new Set(atDaily).size).toBe(atDaily.length); // 0 duplicates
    expect(atDaily.sort()).toEqual(readyNames.sort()); // 0 orphans: cancelled meetings' rooms are gone
    expect(rows.filter((r) => cancelled.includes(r.appointmentId)).every((r) => r.status === 'deleted')).toBe(true);
    expect(
      h.emulator.faults.counts['server-error'] +
        h.emulator.faults.counts['rate-limit'] +
        h.emulator.faults.counts.reset,
    ).toBeGreaterThan(5);
  });
});
