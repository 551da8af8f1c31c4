/**
 * jsdom has no media: minimal MediaStreamTrack / MediaStream stand-ins (what daily-react and the
 * device check touch), and a `navigator.mediaDevices` whose answers a test chooses.
 */
let nextTrackId = 1;

export class FakeMediaStreamTrack {
  readonly id = `track-${nextTrackId++}`;
  enabled = true;
  readyState: 'live' | 'ended' = 'live';
  constructor(
    readonly kind: 'audio' | 'video',
    readonly label = kind === 'audio' ? 'Built-in microphone' : 'Front camera',
    private readonly deviceId = kind === 'audio' ? 'mic-1' : 'cam-1',
  ) {}
  getSettings() {
    return { deviceId: this.deviceId };
  }
  stop() {
    this.readyState = 'ended';
  }
  addEventListener() {}
  removeEventListener() {}
}

export class FakeMediaStream {
  readonly id = `stream-${nextTrackId++}`;
  private readonly tracks: FakeMediaStreamTrack[];
  constructor(tracks: FakeMediaStreamTrack[] = []) {
    this.tracks = [...tracks];
  }
  getTracks() {
    return [...this.tracks];
  }
  getAudioTracks() {
    return this.tracks.filter((t) => t.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((t) => t.kind === 'video');
  }
}

/** What happens when a device is asked for: it works, or getUserMedia fails with this error name. */
export type DeviceAnswer = 'ok' | 'NotAllowedError' | 'NotFoundError' | 'NotReadableError';

export const fakeDeviceList = [
  { deviceId: 'cam-1', kind: 'videoinput', label: 'Front camera', groupId: 'g1' },
  { deviceId: 'cam-2', kind: 'videoinput', label: 'Back camera', groupId: 'g2' },
  { deviceId: 'mic-1', kind: 'audioinput', label: 'Built-in microphone', groupId: 'g1' },
  { deviceId: 'spk-1', kind: 'audiooutput', label: 'Speaker', groupId: 'g1' },
] as MediaDeviceInfo[];

export function createFakeMediaDevices(answers: { camera?: DeviceAnswer; microphone?: DeviceAnswer } = {}) {
  const camera = answers.camera ?? 'ok';
  const microphone = answers.microphone ?? 'ok';
  const requests: MediaStreamConstraints[] = [];
  return {
    requests,
    async getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
      requests.push(constraints);
      const failure = [constraints.video ? camera : 'ok', constraints.audio ? microphone : 'ok'].find(
        (a) => a !== 'ok',
      );
      if (failure) throw new DOMException('Requested device not available', failure);
      const tracks: FakeMediaStreamTrack[] = [];
      if (constraints.video) tracks.push(new FakeMediaStreamTrack('video'));
      if (constraints.audio) tracks.push(new FakeMediaStreamTrack('audio'));
      return new FakeMediaStream(tracks) as unknown as MediaStream;
    },
    async enumerateDevices(): Promise<MediaDeviceInfo[]> {
      const granted = (kind: string) =>
        kind === 'videoinput' ? camera === 'ok' : kind === 'audioinput' ? microphone === 'ok' : true;
      // Like browsers: without permission, devices have no labels (and here, no ids).
      return fakeDeviceList.map((d) => (granted(d.kind) ? d : { ...d, deviceId: '', label: '' }));
    },
  };
}
