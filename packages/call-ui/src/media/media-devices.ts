/** The part of `navigator.mediaDevices` the device check uses; tests pass their own. */
export interface MediaDevicesLike {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
}

/** The browser's, or undefined where there is none (an insecure page, a very old browser). */
export function browserMediaDevices(): MediaDevicesLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
}
