/** Why a camera or microphone can't be used. */
export type DeviceIssue = 'blocked' | 'not-found' | 'in-use' | 'unsupported' | 'unknown';

/** From a `getUserMedia` failure (a DOMException's `name`). */
export function deviceIssueFromMediaError(error: unknown): DeviceIssue {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'blocked';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'not-found';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'unknown';
  }
}

/** From daily-react's `useDevices()` camState / micState; null when the device is fine or not asked yet. */
export function deviceIssueFromDailyState(state: string): DeviceIssue | null {
  switch (state) {
    case 'blocked':
      return 'blocked';
    case 'not-found':
    case 'constraints-invalid':
    case 'constraints-none-specified':
      return 'not-found';
    case 'in-use':
      return 'in-use';
    case 'not-supported':
    case 'undefined-mediadevices':
      return 'unsupported';
    case 'unknown':
      return 'unknown';
    default:
      return null;
  }
}
