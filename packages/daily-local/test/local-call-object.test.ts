/**
 * The stand-in's state machine in Node: a real emulator and signalling over real WebSockets, a fake
 * camera. Media between browsers is covered in local-call.browser.test.ts.
 */
import type { DailyEvent, DailyEventObject, DailyParticipant } from '@daily-co/daily-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { LOCAL_CALL_SIGNALLING_PATH } from '../src/emulator/signalling/protocol.ts';
import { LocalCallObject } from '../src/local-call/local-call-object.ts';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { roomPropertiesFor } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { inMinutes, startEmulator } from './support/emulator-harness.ts';

/** A camera or microphone track, as much of one as the call object touches. */
class FakeTrack extends EventTarget {
  enabled = true;
  muted = false;
  readyState: MediaStreamTrackState = 'live';
  constructor(readonly kind: 'audio' | 'video') {
    super();
  }
  stop(): void {
    this.readyState = 'ended';
  }
  getSettings(): MediaTrackSettings {
    return { deviceId: `${this.kind}-device` };
  }
}

const camera = { refuse: undefined as string | undefined, tracks: [] as FakeTrack[] };
const mediaDevices = {
  async getUserMedia(constraints: MediaStreamConstraints) {
    if (camera.refuse !== undefined) throw new DOMException('Permission denied', camera.refuse);
    const tracks = (['audio', 'video'] as const)
      .filter((kind) => constraints[kind] !== false)
      .map((kind) => new FakeTrack(kind));
    camera.tracks.push(...tracks);
    return { getTracks: () => tracks };
  },
  enumerateDevices: async () => [],
  addEventListener: () => {},
  removeEventListener: () => {},
};

beforeAll(() => {
  // Node 20 has neither; the stand-in only needs these parts of them here.
  vi.stubGlobal('WebSocket', WebSocket);
  vi.stubGlobal('navigator', { mediaDevices });
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(() => {
  camera.refuse = undefined;
  camera.tracks = [];
});

async function setUp({ opensInMinutes = 0 } = {}) {
  const harness = await startEmulator();
  const daily = harness.client();
  const closesAt = inMinutes(harness.clock, 60);
  const { room } = await daily.ensureRoom(
    'etm-unit',
    roomPropertiesFor({ opensAt: inMinutes(harness.clock, opensInMinutes), closesAt }),
  );
  const signallingUrl = harness.baseUrl.replace(/^http/, 'ws').replace(/\/v1$/, LOCAL_CALL_SIGNALLING_PATH);
  return {
    harness,
    url: room.url ?? '',
    closesAt,
    teacherToken: await daily.createMeetingToken(
      teacherTokenProperties({ roomName: 'etm-unit', userId: 'teacher-1', userName: 'Ana Rivera', exp: closesAt }),
    ),
    parentToken: await daily.createMeetingToken(
      parentTokenProperties({ roomName: 'etm-unit', userId: 'parent-1', userName: 'Li Chen', exp: closesAt }),
    ),
    call: () => new LocalCallObject({ signallingUrl }),
  };
}

/** Every event of these kinds, with meetingState() as a handler reads it. */
function recorder(call: LocalCallObject, actions: DailyEvent[]) {
  const seen: { event: DailyEventObject; state: string }[] = [];
  for (const action of actions) call.on(action, (event) => seen.push({ event, state: call.meetingState() }));
  return {
    seen,
    actions: () => seen.map(({ event }) => event.action),
    waitFor: (action: DailyEvent) =>
      vi.waitFor(() => {
        const found = seen.find(({ event }) => event.action === action);
        if (found === undefined) throw new Error(`no ${action} yet`);
        return found.event;
      }),
  };
}

const LIFECYCLE: DailyEvent[] = ['loading', 'loaded', 'joining-meeting', 'joined-meeting', 'left-meeting', 'error'];

describe('LocalCallObject', () => {
  it('walks daily-js’s lifecycle, meetingState() already new inside each handler', async () => {
    const { call, url, teacherToken } = await setUp();
    const owner = call();
    const events = recorder(owner, LIFECYCLE);
    expect(owner.participants()).toEqual({});
    expect(owner.meetingState()).toBe('new');
    await owner.join({ url, token: teacherToken });
    expect(events.seen.map(({ event, state }) => [event.action, state])).toEqual([
      ['loading', 'loading'],
      ['loaded', 'loaded'],
      ['joining-meeting', 'joining-meeting'],
      ['joined-meeting', 'joined-meeting'],
    ]);
    const joined = events.seen.at(-1)?.event;
    const local = owner.participants().local;
    expect(joined).toMatchObject({ participants: { local: { session_id: local?.session_id } } });
    expect(local).toMatchObject({ local: true, owner: true, user_name: 'Ana Rivera', user_id: 'teacher-1' });
    expect(owner.accessState()).toEqual({ access: { level: 'full' } });
    expect(await owner.getNetworkTopology()).toEqual({ topology: 'peer' });
    expect(owner.meetingSessionSummary().id).toBe(owner.meetingSessionSummary().id);
    expect(owner.meetingSessionSummary().id).not.toBe('');
  });

  it('describes tracks as daily-react expects: real tracks, screen tracks off, new objects on change', async () => {
    const { call, url, teacherToken } = await setUp();
    const owner = call();
    const updates: DailyParticipant[] = [];
    owner.on('participant-updated', ({ participant }) => updates.push(participant));
    await owner.join({ url, token: teacherToken });
    const before = owner.participants().local;
    expect(before?.tracks.video).toMatchObject({ state: 'playable', subscribed: true });
    expect(before?.tracks.video.persistentTrack).toBe(camera.tracks.find((track) => track.kind === 'video'));
    expect(before?.tracks.screenVideo).toEqual({ state: 'off', subscribed: false, off: { byUser: true } });
    expect(before?.tracks.screenAudio.state).toBe('off');

    owner.setLocalAudio(false);
    const after = owner.participants().local;
    expect(after).not.toBe(before);
    expect(updates.at(-1)).toBe(after);
    expect(after?.tracks.audio).toMatchObject({ state: 'off', off: { byUser: true } });
    expect(owner.localAudio()).toBe(false);
    expect(camera.tracks.find((track) => track.kind === 'audio')?.enabled).toBe(false);

    owner.setLocalVideo(false);
    expect(owner.participants().local?.tracks.video.state).toBe('off');
    // The camera is released: its light goes out.
    expect(camera.tracks.find((track) => track.kind === 'video')?.readyState).toBe('ended');
  });

  it('joins with a refused camera: camera-error, blocked tracks, still in the call', async () => {
    const { call, url, teacherToken } = await setUp();
    camera.refuse = 'NotAllowedError';
    const owner = call();
    const events = recorder(owner, ['camera-error', 'joined-meeting']);
    await owner.join({ url, token: teacherToken });
    expect(events.actions()).toEqual(['camera-error', 'joined-meeting']);
    expect(events.seen[0]?.event).toMatchObject({
      error: { type: 'permissions', blockedBy: 'user', blockedMedia: ['audio', 'video'] },
    });
    expect(owner.participants().local?.tracks.video).toMatchObject({
      state: 'blocked',
      blocked: { byPermissions: true },
    });
    expect(owner.meetingState()).toBe('joined-meeting');
  });

  it('keeps emitting when a handler throws', async () => {
    const { call, url, teacherToken } = await setUp();
    const owner = call();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    owner.on('joined-meeting', () => {
      throw new Error('a broken UI handler');
    });
    const events = recorder(owner, ['joined-meeting']);
    await owner.join({ url, token: teacherToken });
    expect(events.actions()).toEqual(['joined-meeting']);
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('takes a knocker through preAuth, the lobby and a denial: error "Join request rejected", then left-meeting', async () => {
    const { call, url, teacherToken, parentToken } = await setUp();
    const owner = call();
    const ownerEvents = recorder(owner, ['waiting-participant-added', 'waiting-participant-removed']);
    await owner.join({ url, token: teacherToken });

    const parent = call();
    const parentEvents = recorder(parent, [...LIFECYCLE, 'access-state-updated']);
    expect(await parent.preAuth({ url, token: parentToken })).toEqual({ access: { level: 'lobby' } });
    await parent.join({ url, token: parentToken });
    expect(parent.accessState()).toEqual({ access: { level: 'lobby' } });
    expect(Object.keys(parent.participants())).toEqual(['local']);
    // Daily: lobby members are "connected but hidden from other participants"; the stand-in tells the
    // lobby nothing of the call (not even a head count), so nothing may be built on it.
    expect(parent.participantCounts().present).toBe(0);

    const answer = parent.requestAccess({ name: 'Li', access: { level: 'full' } });
    expect(parent.accessState()).toEqual({ access: { level: 'lobby' }, awaitingAccess: { level: 'full' } });
    const knock = await ownerEvents.waitFor('waiting-participant-added');
    const id = (knock as { participant: { id: string } }).participant.id;
    // The id the owner sees is not the knocker's session id (Daily documents no link between them).
    expect(id).not.toBe(parent.participants().local?.session_id);
    expect(knock).toMatchObject({ participant: { id, name: 'Li Chen', awaitingAccess: { level: 'full' } } });
    expect(owner.waitingParticipants()).toEqual({ [id]: { id, name: 'Li Chen', awaitingAccess: { level: 'full' } } });

    await owner.updateWaitingParticipant(id, { grantRequestedAccess: false });
    expect(await answer).toEqual({ access: { level: 'lobby' }, granted: false });
    await parentEvents.waitFor('left-meeting');
    const tail = parentEvents.seen.slice(-2).map(({ event, state }) => ({
      action: event.action,
      state,
      ...('errorMsg' in event ? { errorMsg: event.errorMsg } : {}),
    }));
    expect(tail).toEqual([
      { action: 'error', state: 'error', errorMsg: 'Join request rejected' },
      { action: 'left-meeting', state: 'error' },
    ]);
    expect(parent.participants()).toEqual({});
    await ownerEvents.waitFor('waiting-participant-removed');
    expect(owner.waitingParticipants()).toEqual({});
  });

  it('refuses before nbf: preAuth says none, join rejects with nbf-room', async () => {
    const { call, url, teacherToken } = await setUp({ opensInMinutes: 10 });
    const owner = call();
    const events = recorder(owner, LIFECYCLE);
    expect(await owner.preAuth({ url, token: teacherToken })).toEqual({ access: { level: 'none' } });
    await expect(owner.join({ url, token: teacherToken })).rejects.toMatchObject({
      action: 'error',
      error: { type: 'nbf-room' },
    });
    expect(events.actions().slice(-2)).toEqual(['error', 'left-meeting']);
    expect(owner.meetingState()).toBe('error');
    // Local media is put away with the call.
    expect(camera.tracks.every((track) => track.readyState === 'ended')).toBe(true);
  });

  it('answers room() as daily-react’s useRoomExp reads it', async () => {
    const { call, url, teacherToken, closesAt } = await setUp();
    const owner = call();
    expect(await owner.room()).toBeNull();
    await owner.preAuth({ url, token: teacherToken });
    await owner.join({ url, token: teacherToken });
    expect(await owner.room()).toMatchObject({
      name: 'etm-unit',
      config: { exp: toUnixSeconds(closesAt), eject_at_room_exp: true, max_participants: 4 },
      tokenConfig: { exp: toUnixSeconds(closesAt), is_owner: true },
    });
    await owner.leave();
    expect(await owner.room()).toEqual({ roomUrlPendingJoin: url });
  });

  it('leaves and is destroyed as daily-js is', async () => {
    const { call, url, teacherToken, harness } = await setUp();
    const owner = call();
    const events = recorder(owner, ['left-meeting', 'call-instance-destroyed']);
    await owner.join({ url, token: teacherToken });
    await owner.leave();
    expect(owner.meetingState()).toBe('left-meeting');
    expect(owner.participants()).toEqual({});
    await vi.waitFor(() => expect(harness.emulator.calls.participants()).toEqual([]));
    await owner.destroy();
    expect(owner.isDestroyed()).toBe(true);
    expect(events.actions()).toEqual(['left-meeting', 'call-instance-destroyed']);
    await expect(owner.join({ url })).rejects.toThrow(/destroyed/);
  });

  it('reports a lost call server as connection-error, then left-meeting', async () => {
    const { call, url, teacherToken, harness } = await setUp();
    const owner = call();
    const events = recorder(owner, LIFECYCLE);
    await owner.join({ url, token: teacherToken });
    await harness.emulator.close();
    await events.waitFor('left-meeting');
    expect(events.seen.slice(-2).map(({ event }) => event)).toMatchObject([
      { action: 'error', error: { type: 'connection-error' } },
      { action: 'left-meeting' },
    ]);
  });
});
