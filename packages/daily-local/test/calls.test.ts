import { describe, expect, it } from 'vitest';
import { decideAdmission, ejectionTime } from '../src/emulator/admission.ts';
import type { JoinOutcome } from '../src/emulator/call-registry.ts';
import type { StoredRoom } from '../src/emulator/room-store.ts';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { roomPropertiesFor } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { parseDailyWebhook } from '@edutrack/daily';
import { inMinutes, startEmulator, type Harness } from './support/emulator-harness.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

const now = new Date('2030-03-04T09:00:00Z');
const at = (minutes: number) => toUnixSeconds(new Date(now.getTime() + minutes * 60_000));
const room = (overrides: Partial<StoredRoom> = {}): StoredRoom => ({
  id: 'id',
  name: 'etm-r',
  privacy: 'private',
  createdAt: now,
  properties: { nbf: at(-5), exp: at(60), enable_knocking: true, eject_at_room_exp: true, max_participants: 2 },
  ...overrides,
});

describe('decideAdmission', () => {
  const owner = { room_name: 'etm-r', is_owner: true, exp: at(60) };
  const knocker = { room_name: 'etm-r', knocking: true, exp: at(60) };

  it('lets an owner token in, to be ejected at the room’s exp', () => {
    expect(decideAdmission({ room: room(), token: owner, now, present: 0 })).toEqual({
      kind: 'join',
      owner: true,
      willEjectAt: new Date(at(60) * 1000),
    });
  });

  it('sends a knocking token and a tokenless guest to the lobby of a private knocking room', () => {
    expect(decideAdmission({ room: room(), token: knocker, now, present: 1 })).toEqual({ kind: 'knock' });
    expect(decideAdmission({ room: room(), token: undefined, now, present: 1 })).toEqual({ kind: 'knock' });
  });

  it('lets a plain token skip the lobby', () => {
    expect(decideAdmission({ room: room(), token: { room_name: 'etm-r' }, now, present: 0 })).toMatchObject({
      kind: 'join',
      owner: false,
    });
  });

  it('refuses a guest when the private room has no knocking', () => {
    const closed = room({ properties: { ...room().properties, enable_knocking: false } });
    expect(decideAdmission({ room: closed, token: undefined, now, present: 0 })).toEqual({
      kind: 'reject',
      error: 'not-allowed',
    });
  });

  it('lets anyone into a public room', () => {
    expect(decideAdmission({ room: room({ privacy: 'public' }), token: undefined, now, present: 0 })).toMatchObject({
      kind: 'join',
    });
  });

  it.each([
    ['no-room', { room: undefined }],
    ['nbf-room', { room: room({ properties: { ...room().properties, nbf: at(1) } }) }],
    ['exp-room', { room: room({ properties: { ...room().properties, exp: at(0) } }) }],
    ['nbf-token', { token: { ...owner, nbf: at(1) } }],
    ['exp-token', { token: { ...owner, exp: at(0) } }],
    ['not-allowed', { token: { ...owner, room_name: 'another-room' } }],
    ['meeting-full', { present: 2 }],
  ] as const)('rejects with %s', (error, overrides) => {
    expect(decideAdmission({ room: room(), token: owner, now, present: 0, ...overrides })).toEqual({
      kind: 'reject',
      error,
    });
  });

  it('lets token eject settings replace the room’s', () => {
    expect(ejectionTime(room(), { eject_at_token_exp: true, exp: at(30) }, now)).toEqual(new Date(at(30) * 1000));
    expect(ejectionTime(room(), { eject_at_token_exp: false, exp: at(30) }, now)).toBeNull();
    expect(ejectionTime(room({ properties: { eject_after_elapsed: 600 } }), undefined, now)).toEqual(
      new Date(at(10) * 1000),
    );
    expect(ejectionTime(room({ properties: {} }), undefined, now)).toBeNull();
  });
});

const inCall = (outcome: JoinOutcome) => {
  if (outcome.status !== 'joined') throw new Error(`expected to join, got ${JSON.stringify(outcome)}`);
  return outcome.participant;
};
const inLobby = (outcome: JoinOutcome) => {
  if (outcome.status !== 'waiting') throw new Error(`expected to wait, got ${JSON.stringify(outcome)}`);
  return outcome.participant;
};

/** A room for an appointment starting in five minutes, with teacher and parent tokens. */
async function appointmentRoom({ client, clock }: Harness) {
  const daily = client();
  const wanted = roomPropertiesFor({ opensAt: inMinutes(clock, 0), closesAt: inMinutes(clock, 60) });
  const { room } = await daily.ensureRoom('etm-appointment', wanted);
  const exp = inMinutes(clock, 60);
  const teacherToken = await daily.createMeetingToken(
    teacherTokenProperties({ roomName: 'etm-appointment', userId: 'teacher-1', userName: 'Ms Rivera', exp }),
  );
  const parentToken = await daily.createMeetingToken(
    parentTokenProperties({ roomName: 'etm-appointment', userId: 'parent-1', userName: 'Sam Lee', exp }),
  );
  return { daily, room, teacherToken, parentToken };
}

describe('calls in the emulator', () => {
  it('runs a meeting: teacher joins, parent knocks and is admitted, attendance is on record', async () => {
    const harness = await startEmulator();
    const { emulator, clock } = harness;
    const { daily, teacherToken, parentToken } = await appointmentRoom(harness);

    const teacher = inCall(await emulator.calls.join({ roomName: 'etm-appointment', token: teacherToken }));
    expect(teacher).toMatchObject({ owner: true, userId: 'teacher-1' });
    const parent = inLobby(await emulator.calls.join({ roomName: 'etm-appointment', token: parentToken }));
    expect(parent).toMatchObject({ userName: 'Sam Lee', userId: 'parent-1' });
    expect((await daily.getRoomPresence('etm-appointment')).total_count).toBe(1);

    clock.advance(60_000);
    const admitted = inCall(await emulator.calls.admit(parent.sessionId));
    expect(admitted).toMatchObject({ owner: false, userId: 'parent-1' });

    const presence = await daily.getRoomPresence('etm-appointment');
    expect(presence.data?.map((entry) => entry.userId).sort()).toEqual(['parent-1', 'teacher-1']);
    expect(Object.keys(await daily.getPresence())).toEqual(['etm-appointment']);

    clock.advance(20 * 60_000);
    await emulator.calls.leave(admitted.sessionId);
    await emulator.calls.leave(teacher.sessionId);

    const meetings = await daily.listMeetings({ room: 'etm-appointment' });
    expect(meetings.total_count).toBe(1);
    const [meeting] = meetings.data ?? [];
    expect(meeting).toMatchObject({ room: 'etm-appointment', ongoing: false, duration: 21 * 60, max_participants: 2 });
    expect(meeting?.participants?.map((entry) => [entry.user_id, entry.duration])).toEqual([
      ['teacher-1', 21 * 60],
      ['parent-1', 20 * 60],
    ]);
    expect(await daily.getMeeting(meeting?.id ?? '')).toMatchObject({ id: meeting?.id, ongoing: false });
    const participants = await daily.listMeetingParticipants(meeting?.id ?? '', { limit: 1 });
    expect(participants.data?.map((entry) => entry.user_id)).toEqual(['teacher-1']);
    const rest = await daily.listMeetingParticipants(meeting?.id ?? '', {
      joined_after: participants.data?.[0]?.participant_id,
    });
    expect(rest.data?.map((entry) => entry.user_id)).toEqual(['parent-1']);
  });

  it('GET /meetings lists only people let into the call, while it is on: a knocker in the lobby or denied is not there', async () => {
    // What the server's rejoin check reads when Daily's webhook has not arrived (docs/decisions/018).
    const harness = await startEmulator();
    const { emulator, clock } = harness;
    const { daily, teacherToken, parentToken } = await appointmentRoom(harness);
    const otherToken = await daily.createMeetingToken(
      parentTokenProperties({
        roomName: 'etm-appointment',
        userId: 'parent-2',
        userName: 'Kim Lee',
        exp: inMinutes(clock, 60),
      }),
    );
    const teacher = inCall(await emulator.calls.join({ roomName: 'etm-appointment', token: teacherToken }));
    const parent = inLobby(await emulator.calls.join({ roomName: 'etm-appointment', token: parentToken }));
    const other = inLobby(await emulator.calls.join({ roomName: 'etm-appointment', token: otherToken }));
    const listed = async () => {
      const page = await daily.listMeetings({ room: 'etm-appointment', ongoing: true });
      return { total: page.total_count, people: page.data?.flatMap((m) => m.participants?.map((p) => p.user_id)) };
    };
    expect(await listed()).toEqual({ total: 1, people: ['teacher-1'] });

    clock.advance(30_000);
    await emulator.calls.admit(parent.sessionId);
    await emulator.calls.deny(other.sessionId);
    expect(await listed()).toEqual({ total: 1, people: ['teacher-1', 'parent-1'] });

    // The parent's connection drops: the record keeps them, with the time they were in.
    clock.advance(90_000);
    await emulator.calls.leave(parent.sessionId);
    const [meeting] = (await daily.listMeetings({ room: 'etm-appointment' })).data ?? [];
    expect(meeting?.ongoing).toBe(true);
    expect(meeting?.participants?.find((p) => p.user_id === 'parent-1')).toMatchObject({
      participant_id: parent.sessionId,
      user_name: 'Sam Lee',
      duration: 90,
    });
    await emulator.calls.leave(teacher.sessionId);
    expect(await listed()).toEqual({ total: 0, people: [] });
    expect((await daily.listMeetings({ room: 'etm-appointment', ongoing: false })).total_count).toBe(1);
  });

  it('only admits while an owner is in the call', async () => {
    const harness = await startEmulator();
    const { parentToken } = await appointmentRoom(harness);
    const parent = inLobby(await harness.emulator.calls.join({ roomName: 'etm-appointment', token: parentToken }));
    await expect(harness.emulator.calls.admit(parent.sessionId)).rejects.toThrow(/owner/);
  });

  it('refuses entry before nbf and after exp, per the clock', async () => {
    const harness = await startEmulator();
    const { emulator, clock, client } = harness;
    await client().createRoom({
      name: 'later',
      ...roomPropertiesFor({ opensAt: inMinutes(clock, 10), closesAt: inMinutes(clock, 20) }),
    });
    expect(await emulator.calls.join({ roomName: 'later' })).toEqual({ status: 'rejected', error: 'nbf-room' });
    clock.advance(20 * 60_000);
    expect(await emulator.calls.join({ roomName: 'later' })).toEqual({ status: 'rejected', error: 'exp-room' });
    expect(await emulator.calls.join({ roomName: 'never' })).toEqual({ status: 'rejected', error: 'no-room' });
    expect(await emulator.calls.join({ roomName: 'later', token: 'not-a-token' })).toMatchObject({
      status: 'rejected',
    });
  });

  it('ejects everyone at the room’s exp, fixed when they joined', async () => {
    const harness = await startEmulator();
    const { emulator, clock, client } = harness;
    const { teacherToken } = await appointmentRoom(harness);
    const teacher = inCall(await emulator.calls.join({ roomName: 'etm-appointment', token: teacherToken }));
    // Moving exp later does not extend a call already running (observed on Daily).
    await client().updateRoom('etm-appointment', { properties: { exp: toUnixSeconds(inMinutes(clock, 120)) } });
    clock.advance(59 * 60_000);
    expect(await emulator.calls.tick()).toEqual([]);
    clock.advance(60_000);
    expect(await emulator.calls.tick()).toEqual([teacher.sessionId]);
    expect(emulator.calls.participants()).toEqual([]);
  });

  it('ejects through POST /rooms/:name/eject, by user id', async () => {
    const harness = await startEmulator();
    const { teacherToken } = await appointmentRoom(harness);
    const daily = harness.client();
    const teacher = inCall(await harness.emulator.calls.join({ roomName: 'etm-appointment', token: teacherToken }));
    const result = await daily.ejectParticipants('etm-appointment', { user_ids: ['teacher-1'] });
    expect(result.ejectedIds).toEqual([teacher.sessionId]);
    expect((await daily.getRoomPresence('etm-appointment')).total_count).toBe(0);
    await expect(daily.ejectParticipants('missing-room', { ids: ['x'] })).rejects.toMatchObject({ status: 404 });
  });

  it('enforces max_participants', async () => {
    const harness = await startEmulator();
    const { client, clock, emulator } = harness;
    await client().createRoom({
      name: 'tiny',
      properties: { max_participants: 1, exp: toUnixSeconds(inMinutes(clock, 30)) },
    });
    expect((await emulator.calls.join({ roomName: 'tiny' })).status).toBe('joined');
    expect(await emulator.calls.join({ roomName: 'tiny' })).toEqual({ status: 'rejected', error: 'meeting-full' });
  });

  it('deleting a room ends its call', async () => {
    const harness = await startEmulator();
    const { teacherToken, daily } = await appointmentRoom(harness);
    await harness.emulator.calls.join({ roomName: 'etm-appointment', token: teacherToken });
    await daily.deleteRoom('etm-appointment');
    expect(harness.emulator.calls.participants()).toEqual([]);
    expect((await daily.listMeetings({ ongoing: true })).total_count).toBe(0);
  });

  it('sends the participant and lobby webhooks the server parses', async () => {
    const receiver = await startWebhookReceiver();
    const harness = await startEmulator({ webhook: { url: receiver.url, hmac: 'c2VjcmV0' } });
    const { teacherToken, parentToken } = await appointmentRoom(harness);
    const { calls } = harness.emulator;
    const teacher = inCall(await calls.join({ roomName: 'etm-appointment', token: teacherToken }));
    const parent = inLobby(await calls.join({ roomName: 'etm-appointment', token: parentToken }));
    await calls.deny(parent.sessionId);
    await calls.leave(teacher.sessionId);

    const parsed = receiver.received.map(({ rawBody }) => parseDailyWebhook(JSON.parse(rawBody)));
    expect(parsed.map((entry) => (entry.kind === 'event' ? entry.event.type : entry.kind))).toEqual([
      'meeting.started',
      'participant.joined',
      'waiting-participant.joined',
      'waiting-participant.left',
      'participant.left',
      'meeting.ended',
    ]);
    const events = parsed.flatMap((entry) => (entry.kind === 'event' ? [entry.event] : []));
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const knock = events.find((event) => event.type === 'waiting-participant.joined');
    expect(knock?.payload).toMatchObject({ user_id: 'parent-1', user_name: 'Sam Lee', room: 'etm-appointment' });
    const joined = events.find((event) => event.type === 'participant.joined');
    expect(joined?.payload).toMatchObject({ owner: true, will_eject_at: toUnixSeconds(inMinutes(harness.clock, 60)) });
  });

  it('tells subscribers about changes, for a signalling layer', async () => {
    const harness = await startEmulator();
    const seen: string[] = [];
    const unsubscribe = harness.emulator.calls.subscribe((event) => seen.push(event.type));
    await harness.client().createRoom({ name: 'open' });
    const guest = inCall(await harness.emulator.calls.join({ roomName: 'open' }));
    await harness.emulator.calls.leave(guest.sessionId, 'ejected');
    unsubscribe();
    await harness.emulator.calls.join({ roomName: 'open' });
    expect(seen).toEqual(['joined', 'left']);
  });
});

describe('parseDailyWebhook', () => {
  it('keeps unknown event types apart from malformed known ones', () => {
    const envelope = { version: '1.0.0', id: 'e1', event_ts: 1, payload: {} };
    expect(parseDailyWebhook({ ...envelope, type: 'recording.ready-to-download' })).toMatchObject({ kind: 'other' });
    expect(parseDailyWebhook({ ...envelope, type: 'participant.joined' })).toMatchObject({ kind: 'invalid' });
    expect(parseDailyWebhook({ hello: 'world' })).toMatchObject({ kind: 'invalid' });
  });

  it('accepts a guest without user id or name, null or absent', () => {
    const payload = { room: 'r', session_id: 's', joined_at: 1, user_id: null };
    expect(parseDailyWebhook({ version: '1.0.0', type: 'participant.joined', event_ts: 1, payload })).toMatchObject({
      kind: 'event',
    });
  });
});
