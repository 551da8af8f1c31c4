import { vi } from 'vitest';
import type { CallObject } from '../../src/call-object/call-object.ts';
import { FakeMediaStreamTrack, fakeDeviceList } from './fake-media.ts';

/**
 * A faithful fake of the daily-js call object, after daily-react's own mock
 * (`__mocks__/@daily-co/daily-js.js`: an event emitter with stubbed methods) and the rules in
 * shared/daily/README.md: every payload has `action` = the event name and is a NEW object; handlers
 * run inside `emit` and are guarded; participants carry all four tracks (screen tracks 'off');
 * `meetingState()` is already the new state when a lifecycle event fires.
 *
 * One fake is one browser's call object. Tests drive the other side through the helpers
 * (`knock`, `remoteJoins`, `answerKnock`, `fail`, ...).
 */
type Handler = (event: Record<string, unknown>) => void;
type TrackKind = 'audio' | 'video';

interface PersonSpec {
  session_id: string;
  user_name: string;
  user_id?: string;
  owner?: boolean;
  audio?: boolean;
  video?: boolean;
}

export interface FakeCallOptions {
  /** The token's kind: an owner joins straight in, a knocker lands in the lobby. */
  role: 'owner' | 'knocker';
  local: PersonSpec;
  /** Unix seconds of the room's expiry (`config.exp`, eject at expiry). */
  roomExp: number;
}

export class FakeCallObject {
  private readonly handlers = new Map<string, Set<Handler>>();
  private state = 'new';
  private destroyed = false;
  private access: 'unknown' | { level: 'none' | 'lobby' | 'full' } = 'unknown';
  private localSpec: PersonSpec | null = null;
  private readonly remotes = new Map<string, PersonSpec>();
  private readonly waiting = new Map<string, { id: string; name: string }>();
  private readonly tracks = new Map<string, FakeMediaStreamTrack>();
  private pendingKnock: ((answer: { access: { level: 'lobby' | 'full' }; granted: boolean }) => void) | null = null;
  private networkState = 'unknown';
  /** What `testCallQuality()` answers; a test settles it with `callQualityResult`. */
  private qualityAnswer: ((result: { result: string }) => void) | null = null;
  /** Exceptions thrown by subscribers: a test can check none were swallowed. */
  readonly handlerErrors: unknown[] = [];

  constructor(private readonly options: FakeCallOptions) {}

  asCallObject(): CallObject {
    return this as unknown as CallObject;
  }

  // --- events -------------------------------------------------------------------------------

  on(event: string, handler: Handler) {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(handler);
    return this;
  }
  off(event: string, handler: Handler) {
    this.handlers.get(event)?.delete(handler);
    return this;
  }
  once(event: string, handler: Handler) {
    const wrapped: Handler = (e) => {
      this.off(event, wrapped);
      handler(e);
    };
    return this.on(event, wrapped);
  }
  /** Emits a fresh payload object with `action` set, guarding each subscriber. */
  emit(action: string, payload: Record<string, unknown> = {}) {
    for (const handler of [...(this.handlers.get(action) ?? [])]) {
      try {
        handler({ ...payload, action });
      } catch (error) {
        this.handlerErrors.push(error);
      }
    }
  }
  listenerCount(event: string) {
    return this.handlers.get(event)?.size ?? 0;
  }

  // --- state daily-react reads -------------------------------------------------------------

  isDestroyed() {
    return this.destroyed;
  }
  meetingState() {
    return this.state;
  }
  accessState() {
    return { access: this.access };
  }
  participants(): Record<string, unknown> {
    if (!this.localSpec) return {};
    const all: Record<string, unknown> = { local: this.participant(this.localSpec, true) };
    for (const spec of this.remotes.values()) all[spec.session_id] = this.participant(spec, false);
    return all;
  }
  /** People in the call; someone in the lobby is not counted (as the local stand-in reports it). */
  participantCounts() {
    const inLobby = this.access !== 'unknown' && this.access.level === 'lobby';
    return { present: this.localSpec ? this.remotes.size + (inLobby ? 0 : 1) : 0, hidden: 0 };
  }
  waitingParticipants() {
    return Object.fromEntries(
      [...this.waiting.values()].map((w) => [w.id, { ...w, awaitingAccess: { level: 'full' } }]),
    );
  }
  meetingSessionState() {
    return { data: undefined, topology: 'none' };
  }
  meetingSessionSummary() {
    return { id: 'meeting-session-1' };
  }
  async getNetworkTopology() {
    return { topology: this.localSpec ? 'peer' : 'none' };
  }
  async getNetworkStats() {
    return { stats: {}, networkState: this.networkState, networkStateReasons: [] };
  }
  async room() {
    if (!this.localSpec) return null;
    return {
      id: 'room-id-1',
      name: 'etm-0123abcd',
      config: { exp: this.options.roomExp, eject_at_room_exp: true, enable_knocking: true },
      domainConfig: {},
      tokenConfig: {
        exp: this.options.roomExp,
        is_owner: this.options.role === 'owner',
        knocking: this.options.role === 'knocker',
      },
    };
  }
  async enumerateDevices() {
    return { devices: fakeDeviceList };
  }
  async getInputDevices() {
    return { camera: fakeDeviceList[0]!, mic: fakeDeviceList[2]!, speaker: fakeDeviceList[3]! };
  }
  localAudio() {
    return this.localSpec?.audio !== false;
  }
  localVideo() {
    return this.localSpec?.video !== false;
  }
  subscribeToTracksAutomatically() {
    return true;
  }
  updateParticipant() {
    return this;
  }

  // --- the network (daily-js assesses only the local side) ------------------------------------

  /** The pending `testCallQuality()` ends with this verdict. */
  callQualityResult(result: string) {
    this.qualityAnswer?.({ result });
    this.qualityAnswer = null;
  }

  /** daily-js's `network-quality-change` for this side. */
  networkChanges(networkState: 'good' | 'warning' | 'bad') {
    this.networkState = networkState;
    this.emit('network-quality-change', {
      networkState,
      networkStateReasons: networkState === 'good' ? [] : ['sendPacketLoss'],
      stats: {},
      threshold: 'good',
      quality: 100,
    });
  }

  /** An app message from someone in the call. */
  appMessage(fromId: string, data: unknown) {
    this.emit('app-message', { data, fromId });
  }

  // --- the app's calls (spied on by tests) ---------------------------------------------------

  readonly preAuth = vi.fn(async (_: { url: string; token?: string }) => {
    this.access = { level: this.options.role === 'owner' ? 'full' : 'lobby' };
    return { access: this.access };
  });

  readonly join = vi.fn(async (options: Record<string, unknown>) => {
    // Joining goes over the network: nothing happens within the caller's own task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.setState('joining-meeting');
    this.emit('joining-meeting');
    this.localSpec = { ...this.options.local, audio: true, video: true };
    if (this.access === 'unknown') this.access = { level: this.options.role === 'owner' ? 'full' : 'lobby' };
    // Daily: a token without `knocking` skips the lobby (the server's rejoin token for an admitted parent).
    if (typeof options.token === 'string' && options.token.startsWith('admitted')) this.access = { level: 'full' };
    this.setState('joined-meeting');
    this.emit('joined-meeting', { participants: this.participants() });
    this.emit('access-state-updated', { access: this.access });
    if (this.options.role === 'owner')
      for (const w of this.waiting.values()) this.emitWaiting('waiting-participant-added', w);
    return this.participants();
  });

  readonly requestAccess = vi.fn(
    (_: { name: string; access?: { level: 'full' } }) =>
      new Promise<{ access: { level: 'lobby' | 'full' }; granted: boolean }>((resolve) => {
        this.pendingKnock = resolve;
      }),
  );

  readonly leave = vi.fn(async () => {
    this.endCall();
  });

  readonly destroy = vi.fn(async () => {
    if (this.localSpec) this.endCall();
    this.destroyed = true;
    this.emit('call-instance-destroyed');
  });

  readonly testCallQuality = vi.fn(
    () =>
      new Promise<{ result: string }>((resolve) => {
        this.qualityAnswer = resolve;
      }),
  );
  readonly stopTestCallQuality = vi.fn(() => this.callQualityResult('aborted'));
  readonly sendAppMessage = vi.fn((_data: unknown, _to?: string) => this);

  readonly setLocalAudio = vi.fn((on: boolean) => this.updateLocal({ audio: on }));
  readonly setLocalVideo = vi.fn((on: boolean) => this.updateLocal({ video: on }));

  readonly updateWaitingParticipant = vi.fn(async (id: string, update: { grantRequestedAccess?: boolean }) => {
    const knocker = this.waiting.get(id);
    if (knocker) {
      this.waiting.delete(id);
      this.emitWaiting('waiting-participant-removed', knocker);
      if (update.grantRequestedAccess) this.remoteJoins({ session_id: id, user_name: knocker.name });
    }
    return { id };
  });
  readonly updateWaitingParticipants = vi.fn(async (updates: Record<string, { grantRequestedAccess?: boolean }>) => {
    const ids = Object.keys(updates).flatMap((id) => (id === '*' ? [...this.waiting.keys()] : [id]));
    for (const id of ids) await this.updateWaitingParticipant(id, updates[id] ?? updates['*'] ?? {});
    return { ids };
  });

  readonly setInputDevicesAsync = vi.fn(async (_: { audioDeviceId?: string | null; videoDeviceId?: string | null }) => {
    this.emit('selected-devices-updated', { devices: {} });
    return {};
  });
  readonly setOutputDeviceAsync = vi.fn(async (_: { outputDeviceId: string }) => {
    this.emit('selected-devices-updated', { devices: {} });
    return {};
  });

  // --- the other side, driven by tests -------------------------------------------------------

  /** Someone knocks on the owner's room. */
  knock(waiting: { id: string; name: string }) {
    this.waiting.set(waiting.id, waiting);
    if (this.localSpec) this.emitWaiting('waiting-participant-added', waiting);
  }

  /** The owner answers this (knocking) fake's request, the way daily-js reports it. */
  answerKnock(granted: boolean) {
    const resolve = this.pendingKnock;
    this.pendingKnock = null;
    if (granted) {
      this.access = { level: 'full' };
      this.emit('access-state-updated', { access: this.access });
      resolve?.({ access: { level: 'full' }, granted: true });
    } else {
      // Denied: the answer says "lobby", then the knocker is removed with an error.
      resolve?.({ access: { level: 'lobby' }, granted: false });
      this.fail('ejected', 'Join request rejected');
    }
  }

  remoteJoins(spec: PersonSpec) {
    this.remotes.set(spec.session_id, { audio: true, video: true, ...spec });
    const participant = this.participant(this.remotes.get(spec.session_id)!, false);
    this.emit('participant-joined', { participant });
    this.emit('track-started', { participant, track: this.track(spec.session_id, 'audio'), type: 'audio' });
    this.emit('participant-counts-updated', { participantCounts: this.participantCounts() });
  }

  /** The call's head count changes without participants being shown (what a lobby may only see). */
  headCountChanges(present: number) {
    this.emit('participant-counts-updated', { participantCounts: { present, hidden: 0 } });
  }

  remoteLeaves(sessionId: string) {
    const spec = this.remotes.get(sessionId);
    if (!spec) return;
    this.remotes.delete(sessionId);
    this.emit('participant-left', { participant: this.participant(spec, false) });
    this.emit('participant-counts-updated', { participantCounts: this.participantCounts() });
  }

  /** A fatal Daily error (`error` then `left-meeting`, as daily-js does). */
  fail(type: string, msg = `${type} happened`) {
    this.setState('error');
    this.emit('error', { errorMsg: msg, error: { type, msg } });
    this.endCall();
  }

  /** A camera or microphone error while in the call. */
  cameraError(error: Record<string, unknown>) {
    this.emit('camera-error', { errorMsg: { errorMsg: typeof error.msg === 'string' ? error.msg : '' }, error });
  }

  // --- internals ------------------------------------------------------------------------------

  private setState(state: string) {
    this.state = state;
  }

  private endCall() {
    if (!this.localSpec && this.state === 'left-meeting') return;
    this.localSpec = null;
    this.remotes.clear();
    this.access = { level: 'none' };
    this.setState('left-meeting');
    this.emit('left-meeting');
  }

  private updateLocal(change: Partial<Pick<PersonSpec, 'audio' | 'video'>>) {
    if (this.localSpec) {
      this.localSpec = { ...this.localSpec, ...change };
      this.emit('participant-updated', { participant: this.participant(this.localSpec, true) });
    }
    return this.asCallObject();
  }

  private emitWaiting(action: string, w: { id: string; name: string }) {
    this.emit(action, { participant: { id: w.id, name: w.name, awaitingAccess: { level: 'full' } } });
  }

  private track(sessionId: string, kind: TrackKind): FakeMediaStreamTrack {
    const key = `${sessionId}:${kind}`;
    if (!this.tracks.has(key)) this.tracks.set(key, new FakeMediaStreamTrack(kind));
    return this.tracks.get(key)!;
  }

  /** A NEW participant object in daily-js's shape every time. */
  private participant(spec: PersonSpec, local: boolean) {
    const media = (kind: TrackKind, on: boolean | undefined) =>
      on === false
        ? { state: 'off', subscribed: !local, off: { byUser: true } }
        : {
            state: 'playable',
            subscribed: !local || undefined,
            persistentTrack: this.track(spec.session_id, kind),
            track: this.track(spec.session_id, kind),
          };
    return {
      session_id: spec.session_id,
      user_id: spec.user_id ?? spec.session_id,
      user_name: spec.user_name,
      local,
      owner: spec.owner ?? false,
      record: false,
      joined_at: new Date(0),
      will_eject_at: new Date(this.options.roomExp * 1000),
      permissions: {
        hasPresence: true,
        canSend: true,
        canReceive: { base: true },
        canAdmin: spec.owner ? true : false,
      },
      tracks: {
        audio: media('audio', spec.audio),
        video: media('video', spec.video),
        screenAudio: { state: 'off', subscribed: false, off: { byUser: true } },
        screenVideo: { state: 'off', subscribed: false, off: { byUser: true } },
      },
    };
  }
}
