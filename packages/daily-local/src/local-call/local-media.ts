import type { DailyDeviceInfos } from '@daily-co/daily-js';
import { classifyMediaError, type CameraProblem, type MediaKind } from './camera-errors.ts';

/** daily-js's `audioSource` / `videoSource`: a device id, a track of the app's own, or false for none. */
export type MediaSource = string | boolean | MediaStreamTrack | undefined;

const KINDS: readonly MediaKind[] = ['audio', 'video'];
const DEVICE_KIND: Record<MediaKind, MediaDeviceKind> = { audio: 'audioinput', video: 'videoinput' };

/** The microphone and camera of this browser, with the devices the person chose. */
export class LocalMedia {
  private readonly tracks: Partial<Record<MediaKind, MediaStreamTrack>> = {};
  /** Tracks the app handed in: used as they are, never stopped by us. */
  private readonly custom: Partial<Record<MediaKind, MediaStreamTrack>> = {};
  private readonly deviceIds: Partial<Record<MediaKind, string>> = {};
  private readonly disabled = new Set<MediaKind>();
  readonly blocked: Partial<Record<MediaKind, CameraProblem['blocked']>> = {};
  outputDeviceId: string | undefined;

  track(kind: MediaKind): MediaStreamTrack | undefined {
    return this.tracks[kind];
  }

  /** Whether a kind may be started at all (`audioSource: false` says no). */
  allowed(kind: MediaKind): boolean {
    return !this.disabled.has(kind);
  }

  choose(kind: MediaKind, source: MediaSource): void {
    if (source === undefined || source === true) return;
    if (source === false) {
      this.disabled.add(kind);
      return;
    }
    this.disabled.delete(kind);
    if (typeof source === 'string') {
      this.deviceIds[kind] = source;
      delete this.custom[kind];
    } else {
      this.custom[kind] = source;
    }
  }

  /** Starts the wanted kinds not yet running; reports why some could not start. */
  async acquire(wanted: Record<MediaKind, boolean>): Promise<CameraProblem | undefined> {
    const kinds = KINDS.filter((kind) => wanted[kind] && this.allowed(kind) && this.live(kind) === undefined);
    for (const kind of kinds) {
      const custom = this.custom[kind];
      if (custom !== undefined) this.tracks[kind] = custom;
    }
    const needed = kinds.filter((kind) => this.custom[kind] === undefined);
    if (needed.length === 0) return undefined;
    try {
      await this.getUserMedia(needed);
      return undefined;
    } catch (error) {
      if (needed.length === 1) return this.block(classifyMediaError(error, needed));
      // One failing device must not cost the other (daily-js joins with what works): try each alone.
      const failed: MediaKind[] = [];
      let firstError: unknown = error;
      for (const kind of needed) {
        try {
          await this.getUserMedia([kind]);
        } catch (single) {
          failed.push(kind);
          firstError = single;
        }
      }
      return failed.length === 0 ? undefined : this.block(classifyMediaError(firstError, failed));
    }
  }

  /** Stops one kind (camera off): the light goes out, the track is gone. */
  release(kind: MediaKind): void {
    const track = this.tracks[kind];
    delete this.tracks[kind];
    if (track !== undefined && track !== this.custom[kind]) track.stop();
  }

  /** Another device for a kind: takes effect now when the kind is running, else on its next start. */
  async switchDevice(kind: MediaKind, deviceId: string): Promise<CameraProblem | undefined> {
    const old = this.tracks[kind];
    const oldIsCustom = old !== undefined && old === this.custom[kind];
    this.deviceIds[kind] = deviceId;
    delete this.custom[kind];
    if (old === undefined) return undefined;
    delete this.tracks[kind];
    const problem = await this.acquire({ audio: kind === 'audio', video: kind === 'video' });
    if (problem !== undefined) {
      // Keep the device that worked rather than leave the person without one.
      this.tracks[kind] = old;
      delete this.blocked[kind];
      return problem;
    }
    if (!oldIsCustom) old.stop();
    return undefined;
  }

  stop(): void {
    for (const kind of KINDS) this.release(kind);
  }

  /** daily-js's getInputDevices(): the devices in use, or chosen, as MediaDeviceInfo; `{}` when unknown. */
  async devices(): Promise<DailyDeviceInfos> {
    const all = await navigator.mediaDevices.enumerateDevices();
    const find = (kind: MediaDeviceKind, id: string | undefined) =>
      all.find((device) => device.kind === kind && device.deviceId === id) ?? {};
    return {
      camera: find(DEVICE_KIND.video, this.deviceIdOf('video')),
      mic: find(DEVICE_KIND.audio, this.deviceIdOf('audio')),
      speaker: find('audiooutput', this.outputDeviceId ?? 'default'),
    };
  }

  private deviceIdOf(kind: MediaKind): string | undefined {
    return this.tracks[kind]?.getSettings().deviceId ?? this.deviceIds[kind];
  }

  private live(kind: MediaKind): MediaStreamTrack | undefined {
    const track = this.tracks[kind];
    return track?.readyState === 'live' ? track : undefined;
  }

  private async getUserMedia(kinds: MediaKind[]): Promise<void> {
    const constraint = (kind: MediaKind): MediaTrackConstraints | boolean => {
      const deviceId = this.deviceIds[kind];
      return deviceId === undefined ? true : { deviceId: { exact: deviceId } };
    };
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: kinds.includes('audio') ? constraint('audio') : false,
      video: kinds.includes('video') ? constraint('video') : false,
    });
    for (const track of stream.getTracks()) {
      const kind: MediaKind = track.kind === 'audio' ? 'audio' : 'video';
      this.tracks[kind] = track;
      delete this.blocked[kind];
    }
  }

  private block(problem: CameraProblem): CameraProblem {
    for (const kind of problem.media) this.blocked[kind] = problem.blocked;
    return problem;
  }
}
