import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../src/emulator/signalling/client-messages.ts';
import { waitingIdOf } from '../src/emulator/signalling/participant-info.ts';
import type { ClientMessage, ServerMessage } from '../src/emulator/signalling/protocol.ts';
import { SignallingHub, type SignallingConnection } from '../src/emulator/signalling/signalling-hub.ts';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { roomPropertiesFor } from '@edutrack/daily';
import { inMinutes, startEmulator, type Harness } from './support/emulator-harness.ts';

/** One browser's socket, faked: what the hub sent it, and whether the hub closed it. */
class FakeBrowser {
  readonly received: ServerMessage[] = [];
  closed = false;
  readonly connection: SignallingConnection;

  constructor(hub: SignallingHub) {
    this.connection = hub.open({
      send: (frame) => this.received.push(JSON.parse(frame)),
      close: () => {
        this.closed = true;
      },
    });
  }

  send(message: ClientMessage): Promise<void> {
    return this.connection.receive(JSON.stringify(message));
  }

  of<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.received.filter((message): message is Extract<ServerMessage, { type: T }> => message.type === type);
  }

  last<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, { type: T }> {
    const found = this.of(type).at(-1);
    if (found === undefined) throw new Error(`no ${type} among ${this.received.map((m) => m.type).join(', ')}`);
    return found;
  }
}

const NO_MEDIA = { audio: false, video: false };

async function setUp() {
  const harness: Harness = await startEmulator();
  const daily = harness.client();
  const exp = inMinutes(harness.clock, 60);
  await daily.ensureRoom('etm-hub', roomPropertiesFor({ opensAt: harness.clock.now(), closesAt: exp }));
  const teacherToken = await daily.createMeetingToken(
    teacherTokenProperties({ roomName: 'etm-hub', userId: 'teacher-1', userName: 'Ana Rivera', exp }),
  );
  const parentToken = await daily.createMeetingToken(
    parentTokenProperties({ roomName: 'etm-hub', userId: 'parent-1', userName: 'Li Chen', exp }),
  );
  // A hub of its own over the emulator's registry (the emulator's plugin has another; they do not meet).
  const hub = new SignallingHub(harness.emulator.calls);
  const browser = () => new FakeBrowser(hub);
  return { harness, hub, browser, teacherToken, parentToken };
}

async function teacherAndKnocker() {
  const setup = await setUp();
  const teacher = setup.browser();
  await teacher.send({
    type: 'join',
    roomName: 'etm-hub',
    token: setup.teacherToken,
    media: { audio: true, video: true },
  });
  const parent = setup.browser();
  await parent.send({ type: 'join', roomName: 'etm-hub', token: setup.parentToken, media: NO_MEDIA });
  await parent.send({ type: 'request-access', name: 'typed name' });
  return { ...setup, teacher, parent };
}

describe('signalling messages from browsers', () => {
  it('accepts the protocol’s messages and refuses anything else', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'join', roomName: 'r', media: NO_MEDIA }))).toMatchObject({
      ok: true,
    });
    expect(
      parseClientMessage(
        JSON.stringify({ type: 'signal', to: 's', candidate: { candidate: 'c', sdpMid: '0', sdpMLineIndex: 0 } }),
      ),
    ).toMatchObject({ ok: true });
    expect(parseClientMessage(JSON.stringify({ type: 'eject', ref: 1, ids: '*' }))).toMatchObject({ ok: true });
    expect(parseClientMessage('not json')).toEqual({ ok: false, reason: 'not JSON' });
    expect(parseClientMessage(JSON.stringify({ type: 'become-owner' }))).toMatchObject({ ok: false });
    expect(parseClientMessage(JSON.stringify({ type: 'join', roomName: '', media: NO_MEDIA }))).toMatchObject({
      ok: false,
    });
    expect(parseClientMessage(JSON.stringify({ type: 'eject', ref: 1, ids: 'everyone' }))).toMatchObject({ ok: false });
  });
});

describe('SignallingHub over the emulator’s call registry', () => {
  it('lets an owner token straight in, and answers a bad frame without dropping the connection', async () => {
    const { browser, teacherToken } = await setUp();
    const teacher = browser();
    await teacher.connection.receive('{"type":"nonsense"}');
    expect(teacher.last('protocol-error')).toBeDefined();
    await teacher.send({
      type: 'join',
      roomName: 'etm-hub',
      token: teacherToken,
      media: { audio: true, video: false },
    });
    const joined = teacher.last('joined');
    expect(joined.you).toMatchObject({
      user_id: 'teacher-1',
      user_name: 'Ana Rivera',
      owner: true,
      audio: true,
      video: false,
    });
    expect(joined.room).toMatchObject({
      name: 'etm-hub',
      config: { eject_at_room_exp: true, enable_knocking: true },
      tokenConfig: { is_owner: true },
    });
    expect(joined.participants).toEqual([]);
  });

  it('keeps a knocking token in the lobby until request-access, then shows the knock to owners only', async () => {
    const { browser, teacherToken, parentToken, harness } = await setUp();
    const parent = browser();
    await parent.send({ type: 'join', roomName: 'etm-hub', token: parentToken, media: NO_MEDIA });
    const lobby = parent.last('lobby');
    expect(lobby).toMatchObject({ you: { user_name: 'Li Chen', user_id: 'parent-1' }, present: 0 });
    // In the lobby but not knocking yet: Daily has no waiting participant (and sends no webhook).
    expect(harness.emulator.calls.waiting()).toEqual([]);

    await parent.send({ type: 'request-access', name: 'typed name' });
    expect(parent.last('waiting')).toBeDefined();
    // The token's name wins over the typed one.
    expect(harness.emulator.calls.waiting().map((w) => [w.sessionId, w.userName])).toEqual([
      [lobby.you.session_id, 'Li Chen'],
    ]);

    const teacher = browser();
    await teacher.send({ type: 'join', roomName: 'etm-hub', token: teacherToken, media: NO_MEDIA });
    // The owner sees the knocker under an id that is not their session id: Daily documents no link
    // between the two, so the stand-in keeps them apart (nothing may rely on it).
    expect(teacher.last('joined').waiting).toEqual([
      { id: waitingIdOf(lobby.you.session_id), name: 'Li Chen', awaitingAccess: { level: 'full' } },
    ]);
    expect(waitingIdOf(lobby.you.session_id)).not.toBe(lobby.you.session_id);
    // Daily: lobby members are hidden from the call; the stand-in tells them nothing about it.
    expect(parent.of('presence')).toEqual([]);
    expect(parent.of('participant-joined')).toEqual([]);
  });

  it('admits: the knocker enters with the same session id, everyone is told', async () => {
    const { teacher, parent } = await teacherAndKnocker();
    const id = parent.last('lobby').you.session_id;
    expect(teacher.last('waiting-added').participant).toEqual({
      id: waitingIdOf(id),
      name: 'Li Chen',
      awaitingAccess: { level: 'full' },
    });

    await teacher.send({ type: 'answer-knock', ref: 7, id: waitingIdOf(id), grant: true });
    expect(teacher.last('ack')).toEqual({ type: 'ack', ref: 7 });
    const admitted = parent.last('admitted');
    expect(admitted.you).toMatchObject({ session_id: id, owner: false, user_id: 'parent-1' });
    expect(admitted.participants.map((p) => p.user_id)).toEqual(['teacher-1']);
    expect(admitted.waiting).toEqual([]);
    expect(teacher.last('participant-joined').participant.session_id).toBe(id);
    expect(teacher.last('waiting-removed').id).toBe(waitingIdOf(id));
  });

  it('denies: the knocker is told and disconnected', async () => {
    const { teacher, parent, harness } = await teacherAndKnocker();
    const id = waitingIdOf(parent.last('lobby').you.session_id);
    await teacher.send({ type: 'answer-knock', ref: 1, id, grant: false });
    expect(parent.last('denied')).toBeDefined();
    expect(parent.closed).toBe(true);
    expect(harness.emulator.calls.waiting()).toEqual([]);
    expect(harness.emulator.calls.participants().map((p) => p.userId)).toEqual(['teacher-1']);
  });

  it('lets only an owner in the call answer knocks or eject', async () => {
    const { browser, parent, harness } = await teacherAndKnocker();
    const id = waitingIdOf(parent.last('lobby').you.session_id);
    // A guest who walked in (the room made public) is no owner.
    await harness.client().updateRoom('etm-hub', { privacy: 'public' });
    const guest = browser();
    await guest.send({ type: 'join', roomName: 'etm-hub', media: NO_MEDIA });
    expect(guest.last('joined').you.owner).toBe(false);
    await guest.send({ type: 'answer-knock', ref: 3, id, grant: true });
    expect(guest.last('ack')).toEqual({ type: 'ack', ref: 3, error: 'only an owner may do this' });
    await guest.send({ type: 'eject', ref: 4, ids: '*' });
    expect(guest.last('ack').error).toBe('only an owner may do this');
    // The knocker in the lobby cannot answer their own knock either.
    await parent.send({ type: 'answer-knock', ref: 5, id, grant: true });
    expect(parent.last('ack').error).toBe('not in the call');
    expect(harness.emulator.calls.waiting()).toHaveLength(1);
    expect(harness.emulator.calls.participants()).toHaveLength(2);
  });

  it('refuses a forged token and a token for another room', async () => {
    const { browser, teacherToken, harness } = await setUp();
    const forged = browser();
    const [header, payload] = teacherToken.split('.');
    await forged.send({
      type: 'join',
      roomName: 'etm-hub',
      token: `${header}.${payload}.c2lnbmF0dXJl`,
      media: NO_MEDIA,
    });
    expect(forged.last('rejected').error.type).toBe('not-allowed');
    expect(forged.closed).toBe(true);
    await harness.client().createRoom({
      name: 'etm-other',
      privacy: 'private',
      properties: { exp: Math.floor(inMinutes(harness.clock, 30).getTime() / 1000) },
    });
    const elsewhere = browser();
    await elsewhere.send({ type: 'join', roomName: 'etm-other', token: teacherToken, media: NO_MEDIA });
    expect(elsewhere.last('rejected').error.type).toBe('not-allowed');
    expect(harness.emulator.calls.participants()).toEqual([]);
  });

  it('relays WebRTC negotiation only between people present in the same call', async () => {
    const { teacher, parent } = await teacherAndKnocker();
    const parentId = parent.last('lobby').you.session_id;
    const teacherId = teacher.last('joined').you.session_id;
    // Still in the lobby: nothing goes through, either way.
    await parent.send({ type: 'signal', to: teacherId, description: { type: 'offer', sdp: 'v=0' } });
    await teacher.send({ type: 'signal', to: parentId, description: { type: 'offer', sdp: 'v=0' } });
    expect(teacher.of('signal')).toEqual([]);
    expect(parent.of('signal')).toEqual([]);

    await teacher.send({ type: 'answer-knock', ref: 1, id: waitingIdOf(parentId), grant: true });
    await parent.send({ type: 'signal', to: teacherId, description: { type: 'offer', sdp: 'v=0' } });
    await teacher.send({
      type: 'signal',
      to: parentId,
      candidate: { candidate: 'candidate:1 1 udp 1 192.0.2.2 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    });
    expect(teacher.last('signal')).toEqual({
      type: 'signal',
      from: parentId,
      description: { type: 'offer', sdp: 'v=0' },
    });
    expect(parent.last('signal')).toMatchObject({ from: teacherId, candidate: { sdpMid: '0' } });
  });

  it('tells the others about media changes', async () => {
    const { teacher, parent } = await teacherAndKnocker();
    await teacher.send({
      type: 'answer-knock',
      ref: 1,
      id: waitingIdOf(parent.last('lobby').you.session_id),
      grant: true,
    });
    await parent.send({ type: 'media', media: { audio: true, video: true } });
    expect(teacher.last('participant-updated').participant).toMatchObject({
      user_id: 'parent-1',
      audio: true,
      video: true,
    });
  });

  it('ejects: the endpoint, the owner’s "everyone", and the room’s expiry each reach the browser', async () => {
    const { teacher, parent, browser, harness, parentToken } = await teacherAndKnocker();
    const parentId = parent.last('lobby').you.session_id;
    await teacher.send({ type: 'answer-knock', ref: 1, id: waitingIdOf(parentId), grant: true });
    await harness.client().ejectParticipants('etm-hub', { ids: [parentId] });
    expect(parent.last('ejected').error).toEqual({ type: 'ejected', msg: 'You have been ejected from the meeting.' });
    expect(parent.closed).toBe(true);
    expect(teacher.last('participant-left').id).toBe(parentId);

    const again = browser();
    await again.send({ type: 'join', roomName: 'etm-hub', token: parentToken, media: NO_MEDIA });
    await again.send({ type: 'request-access', name: '' });
    await teacher.send({
      type: 'answer-knock',
      ref: 2,
      id: waitingIdOf(again.last('lobby').you.session_id),
      grant: true,
    });
    await teacher.send({ type: 'eject', ref: 3, ids: '*' });
    expect(again.last('ejected').error.type).toBe('ejected');
    expect(teacher.closed).toBe(false);

    harness.clock.advance(60 * 60_000);
    await harness.emulator.calls.tick();
    expect(teacher.last('ejected').error).toEqual({ type: 'ejected', msg: 'Meeting has ended: the room has expired.' });
    expect(harness.emulator.calls.participants()).toEqual([]);
  });

  it('counts a dropped socket as leaving, in the call and in the lobby', async () => {
    const { teacher, parent, harness } = await teacherAndKnocker();
    await parent.connection.closed();
    expect(harness.emulator.calls.waiting()).toEqual([]);
    expect(teacher.last('waiting-removed')).toBeDefined();
    await teacher.connection.closed();
    expect(harness.emulator.calls.participants()).toEqual([]);
    expect(harness.emulator.calls.meetings()[0]?.endedAt).not.toBeNull();
  });

  it('reports an admission refused on entry (the room filled while the knock waited)', async () => {
    const { teacher, parent, browser, harness, teacherToken } = await teacherAndKnocker();
    await harness.client().updateRoom('etm-hub', { properties: { max_participants: 2 } });
    const coTeacher = browser();
    await coTeacher.send({ type: 'join', roomName: 'etm-hub', token: teacherToken, media: NO_MEDIA });
    await teacher.send({
      type: 'answer-knock',
      ref: 1,
      id: waitingIdOf(parent.last('lobby').you.session_id),
      grant: true,
    });
    expect(parent.last('rejected').error.type).toBe('meeting-full');
    expect(parent.closed).toBe(true);
  });

  it('answers pre-auth without joining', async () => {
    const { browser, parentToken, teacherToken, harness } = await setUp();
    const probe = browser();
    await probe.send({ type: 'pre-auth', ref: 1, roomName: 'etm-hub', token: parentToken });
    await probe.send({ type: 'pre-auth', ref: 2, roomName: 'etm-hub', token: teacherToken });
    await probe.send({ type: 'pre-auth', ref: 3, roomName: 'etm-missing' });
    expect(probe.of('pre-auth-result').map((r) => [r.ref, r.level])).toEqual([
      [1, 'lobby'],
      [2, 'full'],
      [3, 'none'],
    ]);
    expect(harness.emulator.calls.participants()).toEqual([]);
    expect(harness.emulator.calls.waiting()).toEqual([]);
  });
});
