import type { DailyParticipant, DailyTrackState } from '@daily-co/daily-js';
import type { ParticipantInfo } from '../emulator/signalling/protocol.ts';

/** One audio or video track as the call object knows it. */
export interface TrackSource {
  track: MediaStreamTrack | undefined;
  /** Its owner means to send it (microphone / camera switched on). */
  on: boolean;
  /** Media arrives: always true for local tracks; for remote ones, the receiver track is unmuted. */
  flowing: boolean;
  blocked?: DailyTrackState['blocked'];
}

/** Who a participant is, as the server describes them; the times are unknown before joining. */
export type PersonInfo = Pick<ParticipantInfo, 'session_id' | 'user_id' | 'user_name' | 'owner'> &
  Partial<Pick<ParticipantInfo, 'joined_at' | 'will_eject_at'>>;

/** daily-js's track state: `playable` only with media flowing; `persistentTrack` kept while it is off or loading. */
export function trackState(source: TrackSource): DailyTrackState {
  if (source.blocked !== undefined) return { state: 'blocked', subscribed: true, blocked: { ...source.blocked } };
  const persistent = source.track === undefined ? {} : { persistentTrack: source.track };
  if (!source.on) return { state: 'off', subscribed: true, off: { byUser: true }, ...persistent };
  if (source.track === undefined || !source.flowing) return { state: 'loading', subscribed: true, ...persistent };
  return { state: 'playable', subscribed: true, track: source.track, persistentTrack: source.track };
}

// Screen tracks are always present and off: a participant without them counts as screen sharing in daily-react.
const screenOff = (): DailyTrackState => ({ state: 'off', subscribed: false, off: { byUser: true } });

const isOn = (state: DailyTrackState): boolean => !['blocked', 'off'].includes(state.state);

/** A complete, new DailyParticipant: daily-react compares by identity, so every change makes a new object. */
export function buildParticipant(
  person: PersonInfo,
  local: boolean,
  audio: TrackSource,
  video: TrackSource,
): DailyParticipant {
  const tracks = {
    audio: trackState(audio),
    video: trackState(video),
    screenAudio: screenOff(),
    screenVideo: screenOff(),
  };
  return {
    session_id: person.session_id,
    user_id: person.user_id ?? '',
    user_name: person.user_name ?? '',
    local,
    owner: person.owner,
    ...(person.joined_at === undefined ? {} : { joined_at: new Date(person.joined_at) }),
    will_eject_at: new Date(person.will_eject_at ?? 0),
    tracks,
    audio: isOn(tracks.audio),
    video: isOn(tracks.video),
    screen: false,
    audioTrack: tracks.audio.track ?? false,
    videoTrack: tracks.video.track ?? false,
    permissions: { hasPresence: true, canSend: true, canReceive: { base: true }, canAdmin: person.owner },
    record: false,
    networkQualityState: 'good',
    cam_info: {},
    screen_info: {},
  };
}

/** A playable track that started or stopped between two versions of a participant: daily-js's track events. */
export function trackChanges(
  before: DailyParticipant | undefined,
  after: DailyParticipant | undefined,
): {
  started: { type: 'audio' | 'video'; track: MediaStreamTrack }[];
  stopped: { type: 'audio' | 'video'; track: MediaStreamTrack }[];
} {
  const started: { type: 'audio' | 'video'; track: MediaStreamTrack }[] = [];
  const stopped: { type: 'audio' | 'video'; track: MediaStreamTrack }[] = [];
  for (const type of ['audio', 'video'] as const) {
    const was = before?.tracks[type].state === 'playable' ? before.tracks[type].track : undefined;
    const is = after?.tracks[type].state === 'playable' ? after.tracks[type].track : undefined;
    if (was === is) continue;
    if (was !== undefined) stopped.push({ type, track: was });
    if (is !== undefined) started.push({ type, track: is });
  }
  return { started, stopped };
}
