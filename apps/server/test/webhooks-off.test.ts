import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentRooms, appointments, dailyWebhookHealth, meetingPresence } from '@edutrack/db';
import { checkWebhookHealth, getWebhookHealth, reconcileRooms, syncRoom } from '@edutrack/core';
import { useVideoHarness } from './video-harness.ts';

const h = useVideoHarness();

async function meeting(id: string) {
  const [row] = await h.testDb.db.select().from(appointments).where(eq(appointments.id, id));
  const [room] = await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, id));
  return { appointment: row!, room: room!.name };
}

async function tokenFor(roomName: string, role: 'teacher' | 'guardian', user: { id: string; name: string }) {
  return h.deps.video.mintToken({
    roomName,
    role,
    userId: user.id,
    userName: user.name,
    expiresAt: new Date(h.clock.now().getTime() + 3 * 3600_000),
  });
}

describe('attendance with Daily’s webhooks off for the whole evening', () => {
  it('reads Daily’s meeting records before settling: the meeting the parent attended is completed, the other a no-show', async () => {
    // The harness's emulator has no webhook registered: nothing is ever posted to us.
    expect(await h.daily.listWebhooks()).toEqual([]);
    const attendedId = await h.scheduleMeeting(600, { family: 'family1' });
    const missedId = await h.scheduleMeeting(630, { family: 'family2' });
    await syncRoom(h.deps, attendedId);
    await syncRoom(h.deps, missedId);
    const attended = await meeting(attendedId);
    const missed = await meeting(missedId);
    const { teacher1, family1 } = h.world.a;
    const teacher = { id: teacher1.id, name: teacher1.displayName };
    const parent = { id: family1.guardian.id, name: family1.guardian.name };

    // The first meeting: the teacher joins, the parent knocks and is admitted, five minutes pass.
    h.clock.set(attended.appointment.startsAt);
    const host = await h.emulator.calls.join({
      roomName: attended.room,
      token: await tokenFor(attended.room, 'teacher', teacher),
    });
    const knock = await h.emulator.calls.join({
      roomName: attended.room,
      token: await tokenFor(attended.room, 'guardian', parent),
    });
    expect(knock.status).toBe('waiting');
    if (host.status !== 'joined' || knock.status !== 'waiting') throw new Error('unexpected admission');
    await h.emulator.calls.admit(knock.participant.sessionId);
    h.clock.advance(5 * 60_000);
    await h.emulator.calls.leave(knock.participant.sessionId);
    await h.emulator.calls.leave(host.participant.sessionId);

    // The second: the teacher waits alone; the parent never comes.
    h.clock.set(missed.appointment.startsAt);
    const alone = await h.emulator.calls.join({
      roomName: missed.room,
      token: await tokenFor(missed.room, 'teacher', teacher),
    });
    h.clock.advance(10 * 60_000);
    if (alone.status === 'joined') await h.emulator.calls.leave(alone.participant.sessionId);

    // Both rooms have closed; the sweep settles them.
    h.clock.set(new Date(missed.appointment.endsAt.getTime() + 31 * 60_000));
    await reconcileRooms(h.deps);
    expect((await meeting(attendedId)).appointment.status).toBe('completed');
    expect((await meeting(missedId)).appointment.status).toBe('no_show');
    const presence = await h.testDb.db
      .select()
      .from(meetingPresence)
      .where(eq(meetingPresence.appointmentId, attendedId));
    expect(presence.map((p) => [p.role, p.durationSeconds, p.confirmedByDaily]).sort()).toEqual([
      ['guardian', 300, true],
      ['teacher', 300, true],
    ]);
    h.clock.set('2030-03-04T12:00:00Z');
  });
});

describe('the scheduled webhook check', () => {
  let receiver: Server;
  let answer = 500;
  let url: string;
  beforeAll(async () => {
    receiver = createServer((_req, res) => {
      res.statusCode = answer;
      res.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/daily`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('finds the webhook Daily’s circuit breaker stopped, turns it back on, and keeps the state for admins', async () => {
    answer = 200;
    h.emulator.state.webhooks.preconfigure({ url, hmac: Buffer.from('secret').toString('base64') });
    // Our server is down for a while: three failed deliveries and Daily stops sending.
    answer = 500;
    for (let i = 0; i < 3; i++) await h.emulator.state.webhooks.emit('meeting.started', { room: 'x', start_ts: 1 });
    expect((await h.daily.listWebhooks())[0]?.state).toBe('FAILED');

    // Still down at the check: Daily cannot reach us to re-activate; the admin is told.
    const down = await checkWebhookHealth(h.deps);
    expect(down).toMatchObject({ registered: true, state: 'FAILED', reactivated: false });
    let [row] = await h.testDb.db.select().from(dailyWebhookHealth);
    expect(row).toMatchObject({ state: 'FAILED', reactivatedAt: null });
    expect(row!.problem).toMatch(/could not reach this server/);

    // Back up: the next check re-activates it, and deliveries flow again.
    answer = 200;
    const up = await checkWebhookHealth(h.deps);
    expect(up).toMatchObject({ registered: true, state: 'FAILED', reactivated: true });
    expect((await h.daily.listWebhooks())[0]?.state).toBe('ACTIVE');
    [row] = await h.testDb.db.select().from(dailyWebhookHealth);
    expect(row!.reactivatedAt).not.toBeNull();
    expect(row!.problem).toBeNull();

    const healthy = await checkWebhookHealth(h.deps);
    expect(healthy).toMatchObject({ registered: true, state: 'ACTIVE', reactivated: false });
  });
});

describe('the webhook’s state for admins', () => {
  it('is shown to branch admins only', async () => {
    const { admin, teacher1 } = h.world.a;
    await expect(getWebhookHealth(h.deps, await h.staff(teacher1))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const seen = await getWebhookHealth(h.deps, await h.staff(admin));
    expect(seen).toMatchObject({ state: 'ACTIVE', problem: null });
    expect(seen.checkedAt).not.toBeNull();
  });
});
