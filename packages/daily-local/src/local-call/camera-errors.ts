import type { DailyEventObjectCameraError, DailyTrackState } from '@daily-co/daily-js';

export type MediaKind = 'audio' | 'video';

/** Why getUserMedia failed, in daily-js's terms, and what that does to the track states. */
export interface CameraProblem {
  type: DailyEventObjectCameraError['error']['type'];
  msg: string;
  /** The kinds that could not be started. */
  media: MediaKind[];
  blocked: NonNullable<DailyTrackState['blocked']>;
}

const errorName = (error: unknown): string =>
  error instanceof Error ? error.name : typeof error === 'string' ? error : '';

/** Maps a getUserMedia failure (DOMException names as browsers throw them) to daily-js's camera error. */
export function classifyMediaError(error: unknown, media: MediaKind[]): CameraProblem {
  const msg =
    error instanceof Error && error.message !== '' ? error.message : 'Could not start the camera or microphone.';
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return { type: 'permissions', msg, media, blocked: { byPermissions: true } };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return { type: 'not-found', msg, media, blocked: { byDeviceMissing: true } };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError': {
      const type = media.length === 2 ? 'cam-mic-in-use' : media[0] === 'video' ? 'cam-in-use' : 'mic-in-use';
      return { type, msg, media, blocked: { byDeviceInUse: true } };
    }
    case 'OverconstrainedError':
      // Most often a chosen deviceId that is gone.
      return { type: 'constraints', msg, media, blocked: { byDeviceMissing: true } };
    case 'TypeError':
      return { type: 'undefined-mediadevices', msg, media, blocked: { byPermissions: true } };
    default:
      return { type: 'unknown', msg, media, blocked: { byPermissions: true } };
  }
}

/** The `camera-error` event's `error`, shaped per type as daily-js's types declare it. */
export function cameraErrorObject(problem: CameraProblem): DailyEventObjectCameraError['error'] {
  const { type, msg, media } = problem;
  switch (type) {
    case 'permissions':
      return { type, msg, blockedBy: 'user', blockedMedia: media };
    case 'not-found':
      return { type, msg, missingMedia: media };
    case 'constraints':
      return { type, msg, reason: 'invalid', failedMedia: media };
    default:
      return { type, msg };
  }
}
