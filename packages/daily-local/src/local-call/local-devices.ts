import type { DailyDeviceInfos } from '@daily-co/daily-js';
import type { MediaState } from '../emulator/signalling/protocol.ts';
import type { CameraProblem, MediaKind } from './camera-errors.ts';
import { LocalMedia, type MediaSource } from './local-media.ts';
import type { TrackSource } from './participant-objects.ts';

export interface LocalDevicesEvents {
  /** The track to send changed (switched on or off, another device): every peer needs the new one. */
  trackChanged(kind: MediaKind, track: MediaStreamTrack | undefined): Promise<void>;
  /** What the local participant shows changed. */
  changed(): void;
  cameraError(problem: CameraProblem): void;
}

/** setInputDevicesAsync's choice for one kind: a device id, a track of the app's own, false for none. */
export type InputChoice = string | false | null | MediaStreamTrack | undefined;

const KINDS: readonly MediaKind[] = ['audio', 'video'];

/**
 * The person's microphone and camera as the call object's methods change them: what they want on,
 * what actually runs, and which devices. `live` says whether a call (or its lobby) is under way, so
 * that switching something on starts the device now rather than at join.
 */
export class LocalDevices {
  private readonly media = new LocalMedia();
  private readonly wants: Record<MediaKind, boolean> = { audio: true, video: true };

  constructor(private readonly events: LocalDevicesEvents) {}

  choose(kind: MediaKind, source: MediaSource): void {
    this.media.choose(kind, source);
  }

  startOff(kind: MediaKind): void {
    this.wants[kind] = false;
  }

  track(kind: MediaKind): MediaStreamTrack | undefined {
    return this.media.track(kind);
  }

  /** What the local participant's track state is built from. */
  source(kind: MediaKind): TrackSource {
    const blocked = this.wants[kind] ? this.media.blocked[kind] : undefined;
    return {
      track: this.media.track(kind),
      on: this.wants[kind] && this.media.allowed(kind),
      flowing: true,
      ...(blocked === undefined ? {} : { blocked }),
    };
  }

  /** What the others are told we send. */
  state(): MediaState {
    return {
      audio: this.wants.audio && this.track('audio') !== undefined,
      video: this.wants.video && this.track('video') !== undefined,
    };
  }

  /** Starts what is wanted (at join). Returns whether anything started (daily-js's `started-camera`). */
  async start(): Promise<boolean> {
    const problem = await this.media.acquire(this.wants);
    this.applyMute();
    if (problem !== undefined) this.events.cameraError(problem);
    return this.track('audio') !== undefined || this.track('video') !== undefined;
  }

  setAudio(enabled: boolean, live: boolean): void {
    this.wants.audio = enabled;
    const track = this.track('audio');
    // The microphone stays open when muted (daily-js's default too); the track just sends silence.
    if (track !== undefined) track.enabled = enabled;
    if (enabled && track === undefined && live) void this.startKind('audio');
    this.events.changed();
  }

  setVideo(enabled: boolean, live: boolean): void {
    this.wants.video = enabled;
    if (!enabled) {
      // The camera is released, so its light goes out.
      this.media.release('video');
      void this.events.trackChanged('video', undefined);
    } else if (this.track('video') === undefined && live) {
      void this.startKind('video');
    }
    this.events.changed();
  }

  async switchInputs(choices: Record<MediaKind, InputChoice>, live: boolean): Promise<void> {
    for (const kind of KINDS) {
      const choice = choices[kind];
      if (choice === undefined || choice === null) continue;
      if (typeof choice === 'string') {
        const problem = await this.media.switchDevice(kind, choice);
        if (problem !== undefined) this.events.cameraError(problem);
      } else {
        this.media.choose(kind, choice);
        this.media.release(kind);
        if (choice !== false && this.wants[kind] && live)
          await this.media.acquire({ audio: kind === 'audio', video: kind === 'video' });
      }
      await this.events.trackChanged(kind, this.track(kind));
    }
    this.applyMute();
    this.events.changed();
  }

  setOutputDevice(deviceId: string): void {
    this.media.outputDeviceId = deviceId;
  }

  devices(): Promise<DailyDeviceInfos> {
    return this.media.devices();
  }

  stop(): void {
    this.media.stop();
  }

  /** Turns one kind on in a call: acquire, hand to the peers, tell everyone. */
  private async startKind(kind: MediaKind): Promise<void> {
    const problem = await this.media.acquire({ audio: kind === 'audio', video: kind === 'video' });
    if (problem !== undefined) this.events.cameraError(problem);
    // Switched off again while the camera was starting.
    if (kind === 'video' && !this.wants.video) this.media.release('video');
    this.applyMute();
    await this.events.trackChanged(kind, this.track(kind));
    this.events.changed();
  }

  private applyMute(): void {
    const audio = this.track('audio');
    if (audio !== undefined) audio.enabled = this.wants.audio;
  }
}
