import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appointmentRooms } from '@edutrack/db';
import { cancelAppointment, reconcileRooms, rescheduleByStaff, syncRoom } from '@edutrack/core';
import { createDailyClient } from '@edutrack/daily';
import { dailyVideoRooms } from '../src/adapters/daily-video-rooms.ts';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();
const unix = (iso: string | Date) => Math.floor(new Date(iso).getTime() / 1000);
const roomRow = async (id: string) =>
  (await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, id)))[0]!;

describe('a room per appointment, exactly its window', () => {
  it('creates a private knocking room from 5 minutes before to 30 minutes after, and records it', async () => {
    const id = await h.scheduleMeeting(60);
    expect(await syncRoom(h.deps, id)).toBe('ready');
    const row = await roomRow(id);
    expect(row).toMatchObject({
      status: 'ready',
      name: expect.stringMatching(/^etm-[0-9a-f]{32}$/),
      url: expect.stringContaining(row.name),
    });
    const room = await h.daily.getRoom(row.name);
    expect(room.privacy).toBe('private');
    expect(room.config).toMatchObject({
      nbf: unix('2030-03-04T12:55:00Z'),
      exp: unix('2030-03-04T13:45:00Z'),
      eject_at_room_exp: true,
      enable_knocking: true,
      max_participants: 4,
    });
    // No personal data in the name or the URL.
    expect(row.url).not.toMatch(/rivera|parent|student/i);
    // Running the job again changes nothing and makes no second room.
    expect(await syncRoom(h.deps, id)).toBe('ready');
    expect((await h.daily.listAllRooms()).filter((r) => r.name === row.name)).toHaveLength(1);
  });

  it('moves the window on reschedule, and recreates the room if Daily no longer has it', async () => {
    const id = await h.scheduleMeeting(120);
    await syncRoom(h.deps, id);
    const { name } = await roomRow(id);
    await rescheduleByStaff(h.deps, await h.staff(h.world.a.teacher1), {
      id,
      startsAt: new Date('2030-03-04T16:00:00Z'),
      endsAt: new Date('2030-03-04T16:20:00Z'),
    });
    expect((await roomRow(id)).status).toBe('ready');
    await syncRoom(h.deps, id);
    expect((await h.daily.getRoom(name)).config).toMatchObject({
      nbf: unix('2030-03-04T15:55:00Z'),
      exp: unix('2030-03-04T16:50:00Z'),
    });

    await h.daily.deleteRoom(name);
    expect(await syncRoom(h.deps, id)).toBe('ready');
    expect((await h.daily.getRoom(name)).config).toMatchObject({ exp: unix('2030-03-04T16:50:00Z') });
  });

  it('deletes the room on cancel (a room already gone counts as deleted)', async () => {
    const id = await h.scheduleMeeting(200);
    await syncRoom(h.deps, id);
    const { name } = await roomRow(id);
    await cancelAppointment(h.deps, await h.staff(h.world.a.teacher1), { id, reason: 'Parent asked' });
    expect(await syncRoom(h.deps, id)).toBe('deleted');
    expect(await h.daily.findRoom(name)).toBeNull();
    expect((await roomRow(id)).status).toBe('deleted');
    expect(await syncRoom(h.deps, id)).toBe('skipped');
  });
});

describe('the reconcile sweep', () => {
  it('deletes orphan rooms of ours, leaves foreign rooms alone, and re-queues drifted appointments', async () => {
    const live = await h.scheduleMeeting(300);
    await syncRoom(h.deps, live);
    const { name } = await roomRow(live);
    const orphan = h.deps.video.roomNameFor('00000000-0000-4000-8000-000000000000');
    await h.daily.ensureRoom(orphan, { privacy: 'private' });
    await h.daily.ensureRoom('someone-elses-room', {});
    await h.daily.deleteRoom(name); // Daily lost a live appointment's room

    const report = await reconcileRooms(h.deps);
    expect(report.orphansDeleted).toBe(1);
    expect(await h.daily.findRoom(orphan)).toBeNull();
    expect(await h.daily.findRoom('someone-elses-room')).not.toBeNull();
    expect(report.resynced).toBeGreaterThanOrEqual(1);
    await syncRoom(h.deps, live); // what the queued job does
    expect(await h.daily.findRoom(name)).not.toBeNull();
  });

  it('sees every room over several pages in Daily’s newest-first order: all 260 stale rooms are deleted, live ones kept', async () => {
    // A client without Daily's delete pacing (2/s), so 260 deletes take no minutes; the paging is the point.
    const unpaced = createDailyClient({ apiKey: 'test-key', baseUrl: h.baseUrl, rateLimits: false });
    const deps = { ...h.deps, video: dailyVideoRooms(unpaced, { prefix: 'etm', mode: 'local' }) };
    const live = await h.scheduleMeeting(600);
    await syncRoom(deps, live);
    const { name: liveRoom } = await roomRow(live);
    // Stale rooms created before and after the live one, a second apart, so the live room sits mid-list.
    const stale: string[] = [];
    const started = h.clock.now();
    for (let index = 0; index < 260; index++) {
      const name = deps.video.roomNameFor(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
      await unpaced.ensureRoom(name, { privacy: 'private' });
      stale.push(name);
      h.clock.advance(1000);
    }
    expect((await unpaced.listRooms()).total_count).toBeGreaterThan(250);

    const report = await reconcileRooms(deps);
    expect(report.orphansDeleted).toBe(260);
    const left = (await unpaced.listAllRooms()).map((room) => room.name);
    expect(left.filter((name) => stale.includes(name!))).toEqual([]);
    expect(left).toContain(liveRoom);
    h.clock.set(started);
  });

  it('settles closed meetings: no-show when the parent never came in', async () => {
    const id = await h.scheduleMeeting(400, { family: 'family2' });
    h.clock.advance((400 + 15 + 30) * 60_000);
    const report = await reconcileRooms(h.deps);
    expect(report.noShow).toBeGreaterThanOrEqual(1);
    const [row] = await h.testDb.db.query.appointments.findMany({ where: (a, { eq }) => eq(a.id, id) });
    expect(row!.status).toBe('no_show');
    h.clock.set('2030-03-04T12:00:00Z');
  });
});
