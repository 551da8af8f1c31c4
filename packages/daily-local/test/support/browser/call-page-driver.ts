/**
 * Runs inside the test page (bundled with esbuild): drives one stand-in call object the way an app
 * would, and records what a UI would see, in plain JSON for the test to read.
 */
import type { DailyCall, DailyEvent, DailyEventObject, DailyParticipant } from '@daily-co/daily-js';
import { createLocalCallObject } from '../../../src/local-call/index.ts';

const WATCHED: DailyEvent[] = [
  'loading',
  'loaded',
  'joining-meeting',
  'joined-meeting',
  'left-meeting',
  'error',
  'nonfatal-error',
  'camera-error',
  'started-camera',
  'access-state-updated',
  'participant-joined',
  'participant-updated',
  'participant-left',
  'participant-counts-updated',
  'waiting-participant-added',
  'waiting-participant-updated',
  'waiting-participant-removed',
  'track-started',
  'track-stopped',
  'network-connection',
  'network-quality-change',
  'test-completed',
  'app-message',
  'call-instance-destroyed',
];

/** The join options the tests use (daily-js's DailyCallOptions is too deep for playwright's types). */
export interface JoinProperties {
  url: string;
  token?: string;
  userName?: string;
  startVideoOff?: boolean;
  startAudioOff?: boolean;
}

export interface EventRecord {
  action: string;
  /** meetingState() read inside the handler. */
  meetingState: string;
  errorMsg?: string;
  errorType?: string;
  level?: string;
  awaiting?: string;
  participant?: { id: string; name: string; local?: boolean };
  trackType?: string;
  present?: number;
  networkState?: string;
}

export interface ParticipantSummary {
  id: string;
  name: string;
  userId: string;
  owner: boolean;
  local: boolean;
  audio: string;
  video: string;
  screenVideo: string;
  hasVideoTrack: boolean;
}

const summary = (p: DailyParticipant): ParticipantSummary => ({
  id: p.session_id,
  name: p.user_name,
  userId: p.user_id,
  owner: p.owner,
  local: p.local,
  audio: p.tracks.audio.state,
  video: p.tracks.video.state,
  screenVideo: p.tracks.screenVideo.state,
  hasVideoTrack: p.tracks.video.persistentTrack instanceof MediaStreamTrack,
});

function record(call: DailyCall, event: DailyEventObject): EventRecord {
  const entry: EventRecord = { action: event.action, meetingState: call.meetingState() };
  if ('errorMsg' in event && typeof event.errorMsg === 'string') entry.errorMsg = event.errorMsg;
  if ('error' in event && typeof event.error === 'object' && event.error !== null && 'type' in event.error)
    entry.errorType = String(event.error.type);
  if ('access' in event && typeof event.access === 'object') entry.level = event.access.level;
  if ('awaitingAccess' in event && event.awaitingAccess !== undefined && 'level' in event.awaitingAccess)
    entry.awaiting = event.awaitingAccess.level;
  if ('participant' in event && event.participant !== null && typeof event.participant === 'object') {
    const p = event.participant;
    entry.participant =
      'session_id' in p ? { id: p.session_id, name: p.user_name, local: p.local } : { id: p.id, name: p.name };
  }
  if ('networkState' in event) entry.networkState = event.networkState;
  if ('type' in event && typeof event.type === 'string' && event.action.startsWith('track-'))
    entry.trackType = event.type;
  if ('participantCounts' in event) entry.present = event.participantCounts.present;
  return entry;
}

const errorSummary = (error: unknown): { errorMsg?: string; type?: string; message?: string } => {
  if (error instanceof Error) return { message: error.message };
  if (typeof error === 'object' && error !== null && 'errorMsg' in error) {
    const type =
      'error' in error && typeof error.error === 'object' && error.error !== null && 'type' in error.error
        ? String(error.error.type)
        : undefined;
    return { errorMsg: String(error.errorMsg), ...(type === undefined ? {} : { type }) };
  }
  return { message: String(error) };
};

let call: DailyCall | undefined;
const calls = (): DailyCall => {
  if (call === undefined) throw new Error('create() first');
  return call;
};

const driver = {
  events: [] as EventRecord[],
  accessResult: undefined as undefined | { granted: boolean; level: string } | { failed: string },

  create(signallingUrl: string): void {
    call = createLocalCallObject({ signallingUrl });
    for (const action of WATCHED) {
      const current = call;
      current.on(action, (event) => driver.events.push(record(current, event)));
    }
  },

  async preAuth(properties: JoinProperties): Promise<string> {
    const { access } = await calls().preAuth(properties);
    return access === 'unknown' ? 'unknown' : access.level;
  },

  async join(properties: JoinProperties): Promise<{ ok: boolean; error?: ReturnType<typeof errorSummary> }> {
    try {
      await calls().join(properties);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: errorSummary(error) };
    }
  },

  /** requestAccess without waiting: the answer lands in accessResult. */
  knock(name: string): void {
    calls()
      .requestAccess({ name, access: { level: 'full' } })
      .then(
        ({ granted, access }) =>
          (driver.accessResult = { granted, level: access === 'unknown' ? 'unknown' : access.level }),
        (error: unknown) => (driver.accessResult = { failed: String(error) }),
      );
  },

  async answer(id: string, grant: boolean): Promise<string> {
    try {
      await calls().updateWaitingParticipant(id, { grantRequestedAccess: grant });
      return 'ok';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  },

  state() {
    const current = calls();
    const participants = Object.entries(current.participants());
    const access = current.accessState();
    return {
      meetingState: current.meetingState(),
      level: access.access === 'unknown' ? 'unknown' : access.access.level,
      awaiting: access.awaitingAccess?.level,
      local: participants.filter(([key]) => key === 'local').map(([, p]) => summary(p))[0],
      remotes: participants.filter(([key]) => key !== 'local').map(([, p]) => summary(p)),
      waiting: Object.values(current.waitingParticipants()),
      present: current.participantCounts().present,
      localAudio: current.localAudio(),
      localVideo: current.localVideo(),
    };
  },

  localSummary(): ParticipantSummary | undefined {
    const local = calls().participants().local;
    return local === undefined ? undefined : summary(local);
  },

  /**
   * Plays the first remote participant's camera and microphone as an app would, and reports what a
   * person would notice: a moving picture of some size, and sound.
   */
  async remoteMedia(timeoutMs = 10_000): Promise<{
    videoWidth: number;
    videoHeight: number;
    videoTime: number;
    audioState: string;
    audioTrack: string;
    audioLevel: number;
  }> {
    const deadline = Date.now() + timeoutMs;
    let remote: DailyParticipant | undefined;
    // Tracks arrive a moment after the participant does (WebRTC negotiation).
    while (Date.now() < deadline) {
      remote = Object.entries(calls().participants()).find(([key]) => key !== 'local')?.[1];
      if (remote?.tracks.video.persistentTrack !== undefined && remote.tracks.audio.persistentTrack !== undefined)
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const videoTrack = remote?.tracks.video.persistentTrack;
    const audioTrack = remote?.tracks.audio.persistentTrack;
    if (remote === undefined || videoTrack === undefined || audioTrack === undefined)
      throw new Error('the remote participant has no tracks');
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.srcObject = new MediaStream([videoTrack]);
    document.body.append(video);
    await video.play();
    const audio = document.createElement('audio');
    audio.srcObject = new MediaStream([audioTrack]);
    audio.muted = true;
    document.body.append(audio);
    await audio.play().catch(() => {});
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    context.createMediaStreamSource(new MediaStream([audioTrack])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let audioLevel = 0;
    while (Date.now() < deadline && (video.videoWidth === 0 || video.currentTime < 0.5 || audioLevel < 0.01)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      analyser.getFloatTimeDomainData(samples);
      for (const sample of samples) audioLevel = Math.max(audioLevel, Math.abs(sample));
    }
    await context.close();
    const latest = calls().participants()[remote.session_id];
    return {
      videoWidth: video.videoWidth,
      videoHeight: video.videoHeight,
      videoTime: video.currentTime,
      audioState: latest?.tracks.audio.state ?? 'gone',
      audioTrack: `${audioTrack.readyState}${audioTrack.muted ? ' muted' : ''}`,
      audioLevel,
    };
  },

  leave(): Promise<void> {
    return calls().leave();
  },

  /** An owner's "end for everyone": eject the others, then leave. */
  endForEveryone(): Promise<void> {
    calls().updateParticipants({ '*': { eject: true } });
    return calls().leave();
  },

  setLocalVideo(on: boolean): void {
    calls().setLocalVideo(on);
  },

  async room(): Promise<unknown> {
    return calls().room();
  },

  testCallQuality(): Promise<unknown> {
    return calls().testCallQuality();
  },

  async networkState(): Promise<string> {
    return (await calls().getNetworkStats()).networkState;
  },
};

export type CallPageDriver = typeof driver;

declare global {
  interface Window {
    driver: CallPageDriver;
  }
}

window.driver = driver;
