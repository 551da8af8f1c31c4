import type { DailyParticipant } from '@daily-co/daily-js';
import type { ParticipantInfo } from '../emulator/signalling/protocol.ts';
import type { MediaKind } from './camera-errors.ts';
import { buildParticipant, type PersonInfo, type TrackSource } from './participant-objects.ts';

interface Remote {
  info: ParticipantInfo;
  tracks: Partial<Record<MediaKind, MediaStreamTrack>>;
  /** The receiver track is unmuted: media arrives. */
  flowing: Record<MediaKind, boolean>;
  participant: DailyParticipant;
}

/** Identity only: the server's audio/video flags describe the tracks, which are built apart. */
export const personOf = ({ audio: _audio, video: _video, ...person }: ParticipantInfo): PersonInfo => person;

const participantOf = ({ info, tracks, flowing }: Omit<Remote, 'participant'>): DailyParticipant => {
  const source = (kind: MediaKind): TrackSource => ({ track: tracks[kind], on: info[kind], flowing: flowing[kind] });
  return buildParticipant(personOf(info), false, source('audio'), source('video'));
};

/**
 * The other people in the call: who they are (from the server), and their tracks (from WebRTC).
 * Every change makes a new DailyParticipant and is reported with the version it replaces.
 */
export class RemoteParticipants {
  private readonly remotes = new Map<string, Remote>();

  constructor(private readonly changed: (before: DailyParticipant, after: DailyParticipant) => void) {}

  has(id: string): boolean {
    return this.remotes.has(id);
  }

  ids(): string[] {
    return [...this.remotes.keys()];
  }

  /** session_id → participant, for participants(). */
  objects(): Record<string, DailyParticipant> {
    return Object.fromEntries([...this.remotes].map(([id, remote]) => [id, remote.participant]));
  }

  add(info: ParticipantInfo): DailyParticipant {
    const fresh = { info, tracks: {}, flowing: { audio: false, video: false } };
    const remote: Remote = { ...fresh, participant: participantOf(fresh) };
    this.remotes.set(info.session_id, remote);
    return remote.participant;
  }

  /** New facts from the server (microphone or camera switched). */
  update(info: ParticipantInfo): void {
    const remote = this.remotes.get(info.session_id);
    if (remote === undefined) return;
    remote.info = info;
    this.refresh(remote);
  }

  /** Gone: returns their last version, for participant-left. */
  remove(id: string): DailyParticipant | undefined {
    const remote = this.remotes.get(id);
    this.remotes.delete(id);
    return remote?.participant;
  }

  clear(): void {
    this.remotes.clear();
  }

  /** A track from their peer connection. Receiver tracks start muted and unmute when media arrives: then it is playable. */
  attach(id: string, kind: MediaKind, track: MediaStreamTrack): void {
    const remote = this.remotes.get(id);
    if (remote === undefined) return;
    remote.tracks[kind] = track;
    remote.flowing[kind] = !track.muted;
    const follow = (flowing: boolean) => () => {
      if (this.remotes.get(id) !== remote || remote.tracks[kind] !== track) return;
      remote.flowing[kind] = flowing;
      this.refresh(remote);
    };
    track.addEventListener('unmute', follow(true));
    track.addEventListener('mute', follow(false));
    track.addEventListener('ended', follow(false));
    this.refresh(remote);
  }

  private refresh(remote: Remote): void {
    const before = remote.participant;
    remote.participant = participantOf(remote);
    this.changed(before, remote.participant);
  }
}
