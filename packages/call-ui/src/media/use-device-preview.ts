import { useCallback, useEffect, useState } from 'react';
import { type DeviceIssue, deviceIssueFromMediaError } from '../errors/device-issue.ts';
import type { MediaDevicesLike } from './media-devices.ts';

export interface DeviceChoice {
  cameraId?: string;
  microphoneId?: string;
}

export interface DevicePreview {
  status: 'starting' | 'ready';
  stream: MediaStream | null;
  cameraIssue: DeviceIssue | null;
  microphoneIssue: DeviceIssue | null;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  /** The devices the preview is using (what to join with). */
  cameraId: string | undefined;
  microphoneId: string | undefined;
  retry: () => void;
}

/**
 * The camera and microphone before joining, straight from the browser (no call object needed):
 * a stream for the self view and level meter, the device lists, and, per device, why it can't be
 * used. Both devices are asked for together (one permission prompt); if that fails each is tried
 * alone, so a missing camera does not also take the microphone away.
 */
export function useDevicePreview(mediaDevices: MediaDevicesLike | undefined, choice: DeviceChoice): DevicePreview {
  const [result, setResult] = useState<Omit<DevicePreview, 'retry' | 'status'> | null>(null);
  const [round, setRound] = useState(0);
  const retry = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    let cancelled = false;
    let acquired: MediaStream | null = null;
    setResult(null);
    void acquire(mediaDevices, choice).then((found) => {
      if (cancelled) return stopStream(found.stream);
      acquired = found.stream;
      setResult(found);
    });
    return () => {
      cancelled = true;
      stopStream(acquired);
    };
  }, [mediaDevices, choice.cameraId, choice.microphoneId, round]);

  if (!result) {
    return {
      status: 'starting',
      stream: null,
      cameraIssue: null,
      microphoneIssue: null,
      cameras: [],
      microphones: [],
      cameraId: undefined,
      microphoneId: undefined,
      retry,
    };
  }
  return { status: 'ready', ...result, retry };
}

async function acquire(
  mediaDevices: MediaDevicesLike | undefined,
  choice: DeviceChoice,
): Promise<Omit<DevicePreview, 'retry' | 'status'>> {
  if (!mediaDevices?.getUserMedia) {
    return {
      stream: null,
      cameraIssue: 'unsupported',
      microphoneIssue: 'unsupported',
      cameras: [],
      microphones: [],
      cameraId: undefined,
      microphoneId: undefined,
    };
  }
  const video: MediaTrackConstraints | boolean = choice.cameraId ? { deviceId: { exact: choice.cameraId } } : true;
  const audio: MediaTrackConstraints | boolean = choice.microphoneId
    ? { deviceId: { exact: choice.microphoneId } }
    : true;
  let stream: MediaStream | null = null;
  let cameraIssue: DeviceIssue | null = null;
  let microphoneIssue: DeviceIssue | null = null;
  try {
    stream = await mediaDevices.getUserMedia({ video, audio });
  } catch {
    const [camera, microphone] = await Promise.allSettled([
      mediaDevices.getUserMedia({ video }),
      mediaDevices.getUserMedia({ audio }),
    ]);
    const tracks: MediaStreamTrack[] = [];
    if (camera.status === 'fulfilled') tracks.push(...camera.value.getTracks());
    else cameraIssue = deviceIssueFromMediaError(camera.reason);
    if (microphone.status === 'fulfilled') tracks.push(...microphone.value.getTracks());
    else microphoneIssue = deviceIssueFromMediaError(microphone.reason);
    stream = tracks.length ? new MediaStream(tracks) : null;
  }
  // Device labels are only filled in once permission is granted, so list them after asking.
  const devices = await mediaDevices.enumerateDevices().catch(() => [] as MediaDeviceInfo[]);
  const usable = (d: MediaDeviceInfo) => d.deviceId !== '';
  return {
    stream,
    cameraIssue,
    microphoneIssue,
    cameras: devices.filter((d) => d.kind === 'videoinput' && usable(d)),
    microphones: devices.filter((d) => d.kind === 'audioinput' && usable(d)),
    cameraId: stream?.getVideoTracks()[0]?.getSettings().deviceId ?? choice.cameraId,
    microphoneId: stream?.getAudioTracks()[0]?.getSettings().deviceId ?? choice.microphoneId,
  };
}

function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}
