import type {
  DailyAccess,
  DailyAccessRequest,
  DailyAccessState,
  DailyCallOptions,
  DailyCallQualityTestResults,
  DailyDeviceInfos,
  DailyEvent,
  DailyEventObject,
  DailyEventObjectFatalError,
  DailyMediaDeviceInfo,
  DailyMeetingSessionState,
  DailyMeetingSessionSummary,
  DailyMeetingState,
  DailyNetworkStats,
  DailyParticipant,
  DailyParticipantCounts,
  DailyParticipantsObject,
  DailyParticipantUpdateOptions,
  DailyPendingRoomInfo,
  DailyRoomInfo,
  DailyWaitingParticipant,
  DailyWaitingParticipantUpdateOptions,
} from '@daily-co/daily-js';
import type { CallError, CallSnapshot, RoomInfo, ServerMessage } from '../emulator/signalling/protocol.ts';
import { CallEvents } from './call-events.ts';
import { cameraErrorObject, type CameraProblem } from './camera-errors.ts';
import { LocalCallQualityTest } from './call-quality-test.ts';
import { LocalDevices } from './local-devices.ts';
import { NetworkMonitor } from './network-monitor.ts';
import { buildParticipant, trackChanges, type PersonInfo } from './participant-objects.ts';
import { PeerMesh } from './peer-mesh.ts';
import { personOf, RemoteParticipants } from './remote-participants.ts';
import { roomNameFromUrl } from './room-url.ts';
import { SignallingClient } from './signalling-client.ts';
import { WaitingList } from './waiting-list.ts';

export interface LocalCallObjectOptions {
  /** The signalling socket: `ws(s)://<the app's host>/local-call/signal`. */
  signallingUrl: string;
  /**
   * RTCPeerConnection settings. None are needed between browsers on one machine or one LAN: host
   * candidates connect them, and there are no STUN/TURN servers offline anyway.
   */
  rtcConfiguration?: RTCConfiguration;
  /** How long `testCallQuality()` sends (Daily's runs up to 30 s; 8 s by default here). */
  callQualityTestMs?: number;
}

type Entry = Extract<ServerMessage, { type: 'joined' | 'lobby' | 'rejected' }>;
type AccessAnswer = { access: DailyAccess; granted: boolean };

interface Pending<T> {
  resolve(value: T): void;
  reject(reason: unknown): void;
}

const JOIN_REQUEST_REJECTED: CallError = { type: 'not-allowed', msg: 'Join request rejected' };

const levelOf = (access: DailyAccessState): 'unknown' | 'none' | 'lobby' | 'full' =>
  access.access === 'unknown' ? 'unknown' : access.access.level;

/**
 * The local stand-in for daily-js's call object (`DailyIframe.createCallObject()`): the same methods,
 * events and payloads for the part daily-react and our apps use (docs/decisions/007), with real
 * WebRTC between the browsers and the emulator's signalling server deciding who may enter.
 */
export class LocalCallObject {
  readonly callClientId = `local-${Math.random().toString(36).slice(2, 12)}`;
  private readonly events = new CallEvents();
  private readonly devices = new LocalDevices({
    trackChanged: async (kind, track) => this.mesh?.replaceTrack(kind, track),
    changed: () => {
      this.refreshLocal(true);
      this.signalling?.send({ type: 'media', media: this.devices.state() });
    },
    cameraError: (problem) => this.cameraError(problem),
  });
  private state: DailyMeetingState = 'new';
  private destroyed = false;
  private access: DailyAccessState = { access: 'unknown' };
  private url: string | undefined;
  private token: string | undefined;
  private userName: string | undefined;
  private self: PersonInfo | undefined;
  private localParticipant: DailyParticipant | undefined;
  private readonly remotes = new RemoteParticipants((before, after) => {
    this.publish();
    this.emitParticipant('participant-updated', after);
    this.emitTrackChanges(before, after);
  });
  private participantsObject: DailyParticipantsObject | Record<string, never> = {};
  private readonly waiting = new WaitingList();
  private counts: DailyParticipantCounts = { present: 0, hidden: 0 };
  private roomInfo: RoomInfo | undefined;
  private meetingId: string | undefined;
  private finalSummary: DailyMeetingSessionSummary = { id: '' };
  private signalling: SignallingClient | undefined;
  private mesh: PeerMesh | undefined;
  private entry: Pending<Entry> | undefined;
  private accessRequest: Pending<AccessAnswer> | undefined;
  private qualityTest: LocalCallQualityTest | undefined;
  private readonly network = new NetworkMonitor(
    () => this.mesh?.connections() ?? [],
    (stats) => this.emit({ action: 'network-quality-change', callClientId: this.callClientId, ...stats }),
  );
  private readonly onDeviceChange = (): void => void this.announceDevices().catch(() => {});

  constructor(private readonly options: LocalCallObjectOptions) {
    globalThis.navigator?.mediaDevices?.addEventListener('devicechange', this.onDeviceChange);
  }

  // ── Events ──────────────────────────────────────────────────────────────────────────────────

  on<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): this {
    this.events.on(event, handler);
    return this;
  }

  once<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): this {
    this.events.once(event, handler);
    return this;
  }

  off<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): this {
    this.events.off(event, handler);
    return this;
  }

  // ── Synchronous state ───────────────────────────────────────────────────────────────────────

  isDestroyed(): boolean {
    return this.destroyed;
  }

  meetingState(): DailyMeetingState {
    return this.state;
  }

  accessState(): DailyAccessState {
    return this.access;
  }

  /** `{}` until joining; then `{ local, [session_id]: … }`. A new object after every change. */
  participants(): DailyParticipantsObject | Record<string, never> {
    return this.participantsObject;
  }

  participantCounts(): DailyParticipantCounts {
    return this.counts;
  }

  waitingParticipants(): Record<string, DailyWaitingParticipant> {
    return this.waiting.all();
  }

  localAudio(): boolean {
    return this.isOn(this.localParticipant?.tracks.audio.state);
  }

  localVideo(): boolean {
    return this.isOn(this.localParticipant?.tracks.video.state);
  }

  meetingSessionState(): DailyMeetingSessionState {
    return { data: undefined, topology: this.topology() };
  }

  meetingSessionSummary(): DailyMeetingSessionSummary {
    if (this.state === 'left-meeting' || this.state === 'error') return this.finalSummary;
    return { id: this.meetingId ?? '' };
  }

  subscribeToTracksAutomatically(): boolean {
    return true;
  }

  // ── Joining and leaving ─────────────────────────────────────────────────────────────────────

  async preAuth(properties: DailyCallOptions = {}): Promise<{ access: DailyAccess }> {
    this.assertUsable('preAuth()');
    if (this.state === 'joining-meeting' || this.state === 'joined-meeting')
      throw new Error('preAuth() is only for before joining');
    if (properties.url === undefined) throw new Error('preAuth() requires at least a url to be provided');
    this.absorb(properties);
    const roomName = roomNameFromUrl(properties.url);
    const signalling = await this.connect();
    const reply = await signalling.request((ref) => ({
      type: 'pre-auth',
      ref,
      roomName,
      ...(this.token === undefined ? {} : { token: this.token }),
    }));
    if (reply.type !== 'pre-auth-result') throw new Error('unexpected answer to preAuth()');
    // A room that would refuse the join answers level 'none' here; join() then reports the error itself.
    if (reply.level === 'none') return { access: { level: 'none' } };
    this.roomInfo = reply.room;
    this.access = { access: { level: reply.level } };
    this.emit({ action: 'access-state-updated', callClientId: this.callClientId, ...this.access });
    return { access: { level: reply.level } };
  }

  async join(properties: DailyCallOptions = {}): Promise<DailyParticipantsObject | Record<string, never>> {
    this.assertUsable('join()');
    if (this.state === 'joining-meeting' || this.state === 'joined-meeting')
      throw new Error('Already joined or joining a meeting');
    this.absorb(properties);
    if (this.url === undefined) throw new Error('join() requires a url');
    // As in daily-js: joining ends a connection test still running.
    this.stopTestCallQuality();
    const roomName = roomNameFromUrl(this.url);
    if (properties.startAudioOff === true) this.devices.startOff('audio');
    if (properties.startVideoOff === true) this.devices.startOff('video');

    this.lifecycle('loading');
    this.lifecycle('loaded');
    // A local participant exists from here on: daily-react polls participants() until `local` appears.
    this.self = { session_id: this.callClientId, user_id: null, user_name: this.userName ?? null, owner: false };
    this.refreshLocal(false);
    this.lifecycle('joining-meeting');
    await this.startCamera();
    // leave() may run while we wait for the camera or the server.
    const stillJoining = (): boolean => this.meetingState() === 'joining-meeting';
    if (!stillJoining()) throw new Error('left the meeting while joining');

    let entry: Entry;
    try {
      const signalling = await this.connect();
      entry = await new Promise<Entry>((resolve, reject) => {
        this.entry = { resolve, reject };
        signalling.send({
          type: 'join',
          roomName,
          media: this.devices.state(),
          ...(this.token === undefined ? {} : { token: this.token }),
          ...(this.userName === undefined ? {} : { userName: this.userName }),
        });
      });
    } catch {
      if (!stillJoining()) throw new Error('left the meeting while joining');
      // daily-js rejects join() with its error object, not an Error; callers read `.error.type`.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw this.fail({ type: 'connection-error', msg: 'Could not connect to the call server.' });
    } finally {
      this.entry = undefined;
    }
    switch (entry.type) {
      case 'rejected':
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- daily-js's error object, as above
        throw this.fail(entry.error);
      case 'lobby':
        this.self = {
          session_id: entry.you.session_id,
          user_id: entry.you.user_id,
          user_name: entry.you.user_name,
          owner: false,
        };
        this.roomInfo = entry.room;
        this.counts = { present: entry.present, hidden: 0 };
        this.access = { access: { level: 'lobby' } };
        this.refreshLocal(false);
        this.state = 'joined-meeting';
        this.emit({ action: 'access-state-updated', callClientId: this.callClientId, ...this.access });
        this.emit({
          action: 'joined-meeting',
          callClientId: this.callClientId,
          participants: this.joinedParticipants(),
        });
        this.emit({
          action: 'participant-counts-updated',
          callClientId: this.callClientId,
          participantCounts: this.counts,
        });
        return this.participantsObject;
      case 'joined':
        this.enterCall(entry, 'joined');
        return this.participantsObject;
    }
  }

  /** From the lobby: knock. Resolves once an owner answers (`granted`); a denial then ends the call with an error. */
  requestAccess({ name }: DailyAccessRequest): Promise<AccessAnswer> {
    if (this.state !== 'joined-meeting' || levelOf(this.access) !== 'lobby') {
      return Promise.reject(new Error('requestAccess() can only be called from the lobby'));
    }
    if (this.accessRequest !== undefined) return Promise.reject(new Error('access was already requested'));
    this.access = { access: { level: 'lobby' }, awaitingAccess: { level: 'full' } };
    this.emit({ action: 'access-state-updated', callClientId: this.callClientId, ...this.access });
    return new Promise((resolve, reject) => {
      this.accessRequest = { resolve, reject };
      this.signalling?.send({ type: 'request-access', name });
    });
  }

  async leave(): Promise<void> {
    if (this.state === 'new' || this.state === 'left-meeting' || this.state === 'error') {
      // A preAuth may have opened the socket without joining.
      this.signalling?.close();
      this.signalling = undefined;
      return;
    }
    this.signalling?.send({ type: 'leave' });
    this.end(undefined);
  }

  async destroy(): Promise<void> {
    await this.leave();
    globalThis.navigator?.mediaDevices?.removeEventListener('devicechange', this.onDeviceChange);
    this.destroyed = true;
    this.emit({ action: 'call-instance-destroyed', callClientId: this.callClientId });
  }

  // ── Owners ──────────────────────────────────────────────────────────────────────────────────

  async updateWaitingParticipant(id: string, updates: DailyWaitingParticipantUpdateOptions): Promise<{ id: string }> {
    if (updates.grantRequestedAccess !== undefined) {
      const grant = updates.grantRequestedAccess;
      await this.acknowledged((ref) => ({ type: 'answer-knock', ref, id, grant }));
    }
    return { id };
  }

  /** `'*'` answers everyone waiting, as in daily-js. */
  async updateWaitingParticipants(
    updates: Record<string, DailyWaitingParticipantUpdateOptions>,
  ): Promise<{ ids: string[] }> {
    const ids = Object.keys(updates).flatMap((id) => (id === '*' ? this.waiting.ids() : [id]));
    await Promise.all(ids.map((id) => this.updateWaitingParticipant(id, updates[id] ?? updates['*'] ?? {})));
    return { ids };
  }

  /** Local: setAudio / setVideo. Remote: eject (owners). Other updates have nothing to do in a mesh. */
  updateParticipant(sessionId: string, updates: DailyParticipantUpdateOptions): this {
    if (sessionId === 'local' || sessionId === this.self?.session_id) {
      if (updates.setAudio !== undefined) this.setLocalAudio(updates.setAudio);
      if (updates.setVideo !== undefined) this.setLocalVideo(updates.setVideo);
      return this;
    }
    if (updates.eject === true)
      void this.acknowledged((ref) => ({ type: 'eject', ref, ids: [sessionId] })).catch(() => {});
    return this;
  }

  /** `{ '*': { eject: true } }` ends the call for everyone else, as in daily-js. */
  updateParticipants(updates: Record<string, DailyParticipantUpdateOptions>): this {
    for (const [id, update] of Object.entries(updates)) {
      if (id === '*') {
        if (update.eject === true) void this.acknowledged((ref) => ({ type: 'eject', ref, ids: '*' })).catch(() => {});
      } else {
        this.updateParticipant(id, update);
      }
    }
    return this;
  }

  // ── Microphone, camera and devices ──────────────────────────────────────────────────────────

  setLocalAudio(enabled: boolean): this {
    this.devices.setAudio(enabled, this.inCall());
    return this;
  }

  setLocalVideo(enabled: boolean): this {
    this.devices.setVideo(enabled, this.inCall());
    return this;
  }

  async enumerateDevices(): Promise<{ devices: DailyMediaDeviceInfo[] }> {
    return { devices: await navigator.mediaDevices.enumerateDevices() };
  }

  getInputDevices(): Promise<DailyDeviceInfos> {
    return this.devices.devices();
  }

  async setInputDevicesAsync(devices: {
    audioDeviceId?: string | false | null;
    audioSource?: MediaStreamTrack | false;
    videoDeviceId?: string | false | null;
    videoSource?: MediaStreamTrack | false;
  }): Promise<DailyDeviceInfos> {
    await this.devices.switchInputs(
      { audio: devices.audioSource ?? devices.audioDeviceId, video: devices.videoSource ?? devices.videoDeviceId },
      this.inCall(),
    );
    return this.selectedDevicesUpdated();
  }

  /** Remembered and reported; playing remote audio through it is up to the app's audio elements. */
  async setOutputDeviceAsync({ outputDeviceId }: { outputDeviceId: string }): Promise<DailyDeviceInfos> {
    this.devices.setOutputDevice(outputDeviceId);
    return this.selectedDevicesUpdated();
  }

  startScreenShare(): void {
    this.emit({
      action: 'nonfatal-error',
      callClientId: this.callClientId,
      type: 'screen-share-error',
      errorMsg: 'Screen sharing is not part of the local call stand-in.',
    });
  }

  stopScreenShare(): void {}

  // ── Room, network, messages ─────────────────────────────────────────────────────────────────

  async room(): Promise<DailyPendingRoomInfo | DailyRoomInfo | null> {
    if (this.access.access === 'unknown' || this.roomInfo === undefined)
      return this.url === undefined ? null : { roomUrlPendingJoin: this.url };
    const { id, name, config, tokenConfig } = this.roomInfo;
    return { id, name, config: { ...config }, domainConfig: {}, tokenConfig: { ...tokenConfig } };
  }

  async getNetworkTopology(): Promise<{ topology: 'peer' | 'none' }> {
    return { topology: this.topology() };
  }

  /** Measured from the call's own peer connections (see network-monitor.ts); 'unknown' until there is data. */
  async getNetworkStats(): Promise<DailyNetworkStats> {
    return this.network.stats();
  }

  /**
   * Before joining, after `preAuth()` (as daily-js requires): sends video over a real WebRTC
   * connection and judges it by Daily's documented thresholds (call-quality-test.ts).
   */
  async testCallQuality(): Promise<DailyCallQualityTestResults> {
    this.assertUsable('testCallQuality()');
    if (this.url === undefined) throw new Error('testCallQuality() must be called after preAuth() or startCamera()');
    if (this.inCall()) throw new Error('testCallQuality() must be called before join()');
    this.qualityTest?.stop();
    const test = new LocalCallQualityTest(
      this.options.rtcConfiguration ?? { iceServers: [] },
      this.options.callQualityTestMs ?? 8_000,
    );
    this.qualityTest = test;
    const results = await test.run();
    if (this.qualityTest === test) this.qualityTest = undefined;
    this.emit({ action: 'test-completed', callClientId: this.callClientId, test: 'call-quality', results });
    return results;
  }

  stopTestCallQuality(): void {
    this.qualityTest?.stop();
    this.qualityTest = undefined;
  }

  sendAppMessage(data: unknown, to: string | string[] = '*'): this {
    for (const target of [to].flat())
      this.signalling?.send({ type: 'app-message', data, ...(target === '*' ? {} : { to: target }) });
    return this;
  }

  // ── Internals ───────────────────────────────────────────────────────────────────────────────

  private onServerMessage(message: ServerMessage): void {
    switch (message.type) {
      case 'joined':
      case 'lobby':
        this.entry?.resolve(message);
        return;
      case 'rejected':
        if (this.entry !== undefined) return this.entry.resolve(message);
        // A knock refused after all (the room closed or filled while waiting).
        this.accessRequest?.resolve({ access: { level: 'lobby' }, granted: false });
        this.accessRequest = undefined;
        this.fail(message.error);
        return;
      case 'admitted':
        this.enterCall(message, 'admitted');
        return;
      case 'denied':
        // daily-js: the request resolves as not granted, then the knocker is put out with an error.
        this.accessRequest?.resolve({ access: { level: 'lobby' }, granted: false });
        this.accessRequest = undefined;
        this.fail(JOIN_REQUEST_REJECTED);
        return;
      case 'ejected':
        this.fail(message.error);
        return;
      case 'participant-joined': {
        if (this.remotes.has(message.participant.session_id)) return;
        const participant = this.remotes.add(message.participant);
        this.publish();
        this.emitParticipant('participant-joined', participant);
        return;
      }
      case 'participant-updated':
        this.remotes.update(message.participant);
        return;
      case 'participant-left':
        this.removeRemote(message.id);
        return;
      case 'waiting-added':
        this.emit({ callClientId: this.callClientId, ...this.waiting.add(message.participant) });
        return;
      case 'waiting-removed': {
        const removed = this.waiting.remove(message.id);
        if (removed !== undefined) this.emit({ callClientId: this.callClientId, ...removed });
        return;
      }
      case 'presence':
        this.counts = { present: message.present, hidden: 0 };
        this.emit({
          action: 'participant-counts-updated',
          callClientId: this.callClientId,
          participantCounts: this.counts,
        });
        return;
      case 'signal': {
        const { type: _type, from, ...payload } = message;
        void this.mesh?.signal(from, payload);
        return;
      }
      case 'app-message':
        this.emit({ action: 'app-message', callClientId: this.callClientId, data: message.data, fromId: message.from });
        return;
      case 'waiting':
      case 'ack':
      case 'pre-auth-result':
        return;
      case 'protocol-error':
        console.warn(`local call: the call server refused a message: ${message.msg}`);
        return;
    }
  }

  private onSignallingClosed(): void {
    if (this.entry !== undefined) return this.entry.reject(new Error('the call server connection closed'));
    if (this.state === 'joining-meeting' || this.state === 'joined-meeting') {
      this.fail({ type: 'connection-error', msg: 'Lost the connection to the call server.' });
    }
  }

  private enterCall(snapshot: CallSnapshot, how: 'joined' | 'admitted'): void {
    this.self = personOf(snapshot.you);
    this.roomInfo = snapshot.room;
    this.meetingId = snapshot.meetingId;
    this.access = { access: { level: 'full' } };
    this.counts = { present: snapshot.participants.length + 1, hidden: 0 };
    const knocks = this.waiting.reset(snapshot.waiting);
    for (const info of snapshot.participants) this.remotes.add(info);
    this.refreshLocal(false);
    this.mesh = new PeerMesh({
      configuration: this.options.rtcConfiguration ?? { iceServers: [] },
      localTrack: (kind) => this.devices.track(kind),
      sendSignal: (to, payload) => this.signalling?.send({ type: 'signal', to, ...payload }),
      onTrack: (from, kind, track) => this.remotes.attach(from, kind, track),
      onConnectionState: (from, state) => this.onPeerState(from, state),
    });
    this.network.start();
    this.emit({ action: 'access-state-updated', callClientId: this.callClientId, ...this.access });
    if (how === 'joined') {
      this.state = 'joined-meeting';
      this.emit({ action: 'joined-meeting', callClientId: this.callClientId, participants: this.joinedParticipants() });
    } else {
      this.emitParticipant('participant-updated', this.localParticipant);
      for (const participant of Object.values(this.remotes.objects()))
        this.emitParticipant('participant-joined', participant);
      this.accessRequest?.resolve({ access: { level: 'full' }, granted: true });
      this.accessRequest = undefined;
    }
    this.emit({
      action: 'participant-counts-updated',
      callClientId: this.callClientId,
      participantCounts: this.counts,
    });
    for (const knock of knocks) this.emit({ callClientId: this.callClientId, ...knock });
    // We arrived last, so we make the offers.
    for (const id of this.remotes.ids()) void this.mesh.call(id);
  }

  private removeRemote(id: string): void {
    const participant = this.remotes.remove(id);
    if (participant === undefined) return;
    this.mesh?.remove(id);
    this.publish();
    this.emit({ action: 'participant-left', callClientId: this.callClientId, participant });
    for (const { type, track } of trackChanges(participant, undefined).stopped) {
      this.emit({ action: 'track-stopped', callClientId: this.callClientId, participant: null, track, type });
    }
  }

  private onPeerState(from: string, state: RTCPeerConnectionState): void {
    const event =
      state === 'connected' ? 'connected' : state === 'failed' || state === 'disconnected' ? 'interrupted' : undefined;
    if (event !== undefined)
      this.emit({
        action: 'network-connection',
        callClientId: this.callClientId,
        type: 'peer-to-peer',
        event,
        session_id: from,
      });
  }

  private refreshLocal(announce: boolean): void {
    if (this.self === undefined) return;
    const before = this.localParticipant;
    this.localParticipant = buildParticipant(
      this.self,
      true,
      this.devices.source('audio'),
      this.devices.source('video'),
    );
    this.publish();
    if (!announce) return;
    this.emitParticipant('participant-updated', this.localParticipant);
    this.emitTrackChanges(before, this.localParticipant);
  }

  private publish(): void {
    const local = this.localParticipant;
    if (local === undefined) {
      this.participantsObject = {};
      return;
    }
    this.participantsObject = { ...this.remotes.objects(), local };
  }

  private joinedParticipants(): DailyParticipantsObject {
    const local = this.localParticipant;
    if (local === undefined) throw new Error('no local participant');
    return { ...this.remotes.objects(), local };
  }

  private async startCamera(): Promise<void> {
    if (await this.devices.start()) this.emit({ action: 'started-camera', callClientId: this.callClientId });
    this.refreshLocal(true);
  }

  private async selectedDevicesUpdated(): Promise<DailyDeviceInfos> {
    const devices = await this.devices.devices();
    this.emit({ action: 'selected-devices-updated', callClientId: this.callClientId, devices });
    return devices;
  }

  private cameraError(problem: CameraProblem): void {
    this.emit({
      action: 'camera-error',
      callClientId: this.callClientId,
      errorMsg: {
        errorMsg: problem.msg,
        audioOk: !problem.media.includes('audio'),
        videoOk: !problem.media.includes('video'),
      },
      error: cameraErrorObject(problem),
    });
  }

  private async announceDevices(): Promise<void> {
    const availableDevices = await navigator.mediaDevices.enumerateDevices();
    this.emit({ action: 'available-devices-updated', callClientId: this.callClientId, availableDevices });
  }

  private async connect(): Promise<SignallingClient> {
    if (this.signalling?.open === true) return this.signalling;
    const signalling = await SignallingClient.connect(this.options.signallingUrl, {
      message: (message) => {
        if (this.signalling === signalling) this.onServerMessage(message);
      },
      closed: () => {
        if (this.signalling === signalling) this.onSignallingClosed();
      },
    });
    this.signalling = signalling;
    return signalling;
  }

  private async acknowledged(build: Parameters<SignallingClient['request']>[0]): Promise<void> {
    const signalling = this.signalling;
    if (signalling === undefined || this.state !== 'joined-meeting') throw new Error('not in a call');
    const reply = await signalling.request(build);
    if (reply.type === 'ack' && reply.error !== undefined) throw new Error(reply.error);
  }

  /** A fatal error: daily-js's `error` event, then `left-meeting`; meetingState() stays 'error'. Returns the event for join() to reject with. */
  private fail(error: CallError): DailyEventObjectFatalError {
    const payload = {
      action: 'error',
      callClientId: this.callClientId,
      errorMsg: error.msg,
      error: {
        ...error,
        ...(error.type === 'connection-error'
          ? { details: { on: this.state === 'joined-meeting' ? 'reconnect' : 'join', sourceError: {} } }
          : {}),
      },
    } satisfies DailyEventObjectFatalError;
    if (this.state === 'error' || this.state === 'left-meeting') return payload;
    this.end(payload);
    return payload;
  }

  /** Leaves the call: tears everything down, then `error` (when failing) and `left-meeting`. */
  private end(error: DailyEventObjectFatalError | undefined): void {
    this.finalSummary = { id: this.meetingId ?? '' };
    this.network.stop();
    this.mesh?.close();
    this.mesh = undefined;
    this.signalling?.close();
    this.signalling = undefined;
    this.devices.stop();
    this.self = undefined;
    this.localParticipant = undefined;
    this.remotes.clear();
    this.participantsObject = {};
    this.waiting.reset([]);
    this.counts = { present: 0, hidden: 0 };
    this.access = { access: 'unknown' };
    this.roomInfo = undefined;
    this.meetingId = undefined;
    this.entry?.reject(new Error('left the meeting'));
    this.entry = undefined;
    this.accessRequest?.reject(new Error(error?.errorMsg ?? 'left the meeting'));
    this.accessRequest = undefined;
    if (error !== undefined) {
      this.state = 'error';
      this.emit(error);
    } else {
      this.state = 'left-meeting';
    }
    this.emit({ action: 'left-meeting', callClientId: this.callClientId });
  }

  private lifecycle(state: 'loading' | 'loaded' | 'joining-meeting'): void {
    this.state = state;
    this.emit({ action: state, callClientId: this.callClientId });
  }

  private absorb(properties: DailyCallOptions): void {
    if (properties.url !== undefined) this.url = properties.url;
    if (properties.token !== undefined) this.token = properties.token;
    if (properties.userName !== undefined) this.userName = properties.userName;
    if (properties.audioSource !== undefined) this.devices.choose('audio', properties.audioSource);
    if (properties.videoSource !== undefined) this.devices.choose('video', properties.videoSource);
  }

  private emitParticipant(
    action: 'participant-joined' | 'participant-updated',
    participant: DailyParticipant | undefined,
  ): void {
    if (participant !== undefined) this.emit({ action, callClientId: this.callClientId, participant });
  }

  private emitTrackChanges(before: DailyParticipant | undefined, after: DailyParticipant): void {
    const { started, stopped } = trackChanges(before, after);
    for (const { type, track } of stopped)
      this.emit({ action: 'track-stopped', callClientId: this.callClientId, participant: after, track, type });
    for (const { type, track } of started)
      this.emit({ action: 'track-started', callClientId: this.callClientId, participant: after, track, type });
  }

  private emit(payload: DailyEventObject): void {
    this.events.emit(payload);
  }

  private inCall(): boolean {
    return this.state === 'joining-meeting' || this.state === 'joined-meeting';
  }

  private isOn(state: string | undefined): boolean {
    return state !== undefined && state !== 'off' && state !== 'blocked';
  }

  private topology(): 'peer' | 'none' {
    return this.state === 'joined-meeting' && levelOf(this.access) === 'full' ? 'peer' : 'none';
  }

  private assertUsable(method: string): void {
    if (this.destroyed) throw new Error(`${method} called on a destroyed call object`);
  }
}
