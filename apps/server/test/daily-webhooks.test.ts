import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appointmentRooms, appointments, dailyWebhookEvents, dailyWebhookHealth, meetingPresence } from '@edutrack/db';
import { applyMeetingEvent, scheduleMeeting, syncRoom } from '@edutrack/core';
import { dailyWebhookEventSchema, signDailyWebhook } from '@edutrack/daily';
import { useTestApp } from './test-app.ts';

const t = useTestApp();

const secret = () => t.videoBackend.webhookSecret!;
const seconds = () => String(Math.floor(t.clock.now().getTime() / 1000));

async function post(body: string, headers: Record<string, string> = {}) {
  const timestamp = headers.timestamp ?? seconds();
  const signature = headers.signature ?? signDailyWebhook({ rawBody: body, timestamp, secretBase64: secret() });
  return fetch(`${t.url}/webhooks/daily`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-webhook-timestamp': timestamp, 'x-webhook-signature': signature },
    body,
  });
}

let slot = 0;
async function meetingWithRoom() {
  const { teacher1, family1 } = t.world.a;
  const staff = {
    kind: 'staff' as const,
    id: teacher1.id,
    email: teacher1.email,
    name: teacher1.name,
    displayName: teacher1.displayName,
    memberships: [{ branchId: t.world.a.branch.id, role: 'teacher' as const }],
  };
  const start = new Date(t.clock.now().getTime() + (3 + 20 * slot++) * 60_000);
  const view = await scheduleMeeting(t.deps, staff, {
    guardianId: family1.guardian.id,
    studentId: family1.student.id,
    startsAt: start,
    endsAt: new Date(start.getTime() + 15 * 60_000),
  });
  await syncRoom(t.deps, view.id);
  const [room] = await t.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, view.id));
  return { id: view.id, room: room!.name };
}

const event = (id: string, type: string, payload: object) =>
  JSON.stringify({ version: '1.0.0', type, id, payload, event_ts: Number(seconds()) });
const participant = (room: string, session: string, userId: string | null, extra: object = {}) => ({
  room,
  session_id: session,
  user_id: userId,
  user_name: 'Li Chen',
  owner: false,
  joined_at: Number(seconds()),
  ...extra,
});

/** The webhook job, run inline: what the worker does with each stored event. */
async function processStored() {
  const rows = await t.testDb.db.select().from(dailyWebhookEvents);
  for (const row of rows.filter((r) => !r.processedAt)) {
    await applyMeetingEvent(t.deps, dailyWebhookEventSchema.parse(row.payload));
    await t.testDb.db
      .update(dailyWebhookEvents)
      .set({ processedAt: new Date() })
      .where(eq(dailyWebhookEvents.id, row.id));
  }
}

describe('POST /webhooks/daily', () => {
  it("answers Daily's creation ping", async () => {
    const res = await fetch(`${t.url}/webhooks/daily`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"test":"test"}',
    });
    expect(res.status).toBe(200);
  });

  it('records a signed event once; a replay is acknowledged but not recorded again', async () => {
    const { room } = await meetingWithRoom();
    const body = event('evt-1', 'participant.joined', participant(room, 'sess-1', t.world.a.family1.guardian.id));
    expect((await post(body)).status).toBe(200);
    const replay = await post(body);
    expect(await replay.json()).toMatchObject({ ok: true, duplicate: true });
    expect(await t.testDb.db.select().from(dailyWebhookEvents).where(eq(dailyWebhookEvents.id, 'evt-1'))).toHaveLength(
      1,
    );
  });

  it('rejects forged, stale and oversized deliveries; answers 200 to signed ones it cannot use, counts them, records none', async () => {
    const { room } = await meetingWithRoom();
    const before = (await t.testDb.db.select().from(dailyWebhookEvents)).length;
    const body = event('evt-bad', 'participant.joined', participant(room, 'sess-x', null));
    expect(
      (
        await post(body, {
          signature: signDailyWebhook({
            rawBody: body,
            timestamp: seconds(),
            secretBase64: Buffer.from('not the secret').toString('base64'),
          }),
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await post(body.replace('sess-x', 'sess-y'), {
          signature: signDailyWebhook({ rawBody: body, timestamp: seconds(), secretBase64: secret() }),
        })
      ).status,
    ).toBe(401);
    const stale = String(Number(seconds()) - 3600);
    expect(
      (
        await post(body, {
          timestamp: stale,
          signature: signDailyWebhook({ rawBody: body, timestamp: stale, secretBase64: secret() }),
        })
      ).status,
    ).toBe(401);
    expect((await post(JSON.stringify({ junk: 'x'.repeat(100_000) }))).status).toBe(413);
    // Signed by Daily but unusable: anything but 2xx would count as a failed delivery, and Daily's
    // circuit breaker stops all webhooks after a few (docs: webhooks). Answered 200, counted, logged.
    const skippedBefore = (await t.testDb.db.select().from(dailyWebhookHealth))[0]?.skippedDeliveries ?? 0;
    expect((await post('{"not json')).status).toBe(200);
    expect(
      (
        await post(
          JSON.stringify({ version: '1.0.0', type: 'participant.joined', id: 'evt-m', payload: { room }, event_ts: 1 }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          JSON.stringify({ version: '1.0.0', type: 'recording.started', id: 'evt-r', payload: {}, event_ts: 1 }),
        )
      ).status,
    ).toBe(200);
    expect((await t.testDb.db.select().from(dailyWebhookEvents)).length).toBe(before);
    const [health] = await t.testDb.db.select().from(dailyWebhookHealth);
    expect(health!.skippedDeliveries).toBe(skippedBefore + 3);
    expect(t.logs.filter((line) => line.includes('skipped a signed Daily webhook'))).toHaveLength(3);
  });

  it('builds attendance in any order: teacher and parent with durations, an unknown knocker as a guest', async () => {
    const { id, room } = await meetingWithRoom();
    const parentId = t.world.a.family1.guardian.id;
    const teacherId = t.world.a.teacher1.id;
    // "left" arrives before "joined".
    await post(event('a-2', 'participant.left', participant(room, 'p-1', parentId, { duration: 600 })));
    await post(event('a-1', 'participant.joined', participant(room, 'p-1', parentId)));
    await post(
      event('a-3', 'participant.joined', participant(room, 't-1', teacherId, { owner: true, user_name: 'Ms. Rivera' })),
    );
    await post(event('a-4', 'waiting-participant.joined', participant(room, 'g-1', null, { user_name: 'Li Chen' })));
    await processStored();
    const rows = await t.testDb.db.select().from(meetingPresence).where(eq(meetingPresence.appointmentId, id));
    const byRole = Object.fromEntries(rows.map((r) => [`${r.kind}:${r.role}`, r]));
    expect(byRole['participant:guardian']).toMatchObject({
      durationSeconds: 600,
      leftAt: expect.any(Date),
      confirmedByDaily: true,
    });
    expect(byRole['participant:teacher']).toMatchObject({ leftAt: null });
    expect(byRole['waiting:guest']).toMatchObject({ userId: null, userName: 'Li Chen' });

    await post(
      event('a-5', 'meeting.ended', {
        room,
        meeting_id: 'm-1',
        start_ts: Number(seconds()) - 900,
        end_ts: Number(seconds()),
      }),
    );
    await processStored();
    const [after] = await t.testDb.db.select().from(appointments).where(eq(appointments.id, id));
    expect(after!.status).toBe('completed');
    const open = (await t.testDb.db.select().from(meetingPresence).where(eq(meetingPresence.appointmentId, id))).filter(
      (r) => !r.leftAt,
    );
    expect(open).toEqual([]);
  });
});
