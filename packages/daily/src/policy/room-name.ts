import { createHash } from 'node:crypto';

/** Daily's rule for room names. */
export const DAILY_ROOM_NAME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

const PREFIX_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const DIGEST_HEX_LENGTH = 32;

const checkPrefix = (prefix: string): void => {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new RangeError(`room name prefix must be 1-32 of [A-Za-z0-9_-], got ${JSON.stringify(prefix)}`);
  }
};

/**
 * The Daily room of one appointment: `<prefix>-<32 hex>`. A hash, not the id itself, so the name
 * shows neither the database's ids nor anything about the people; stable, so every job and every
 * server instance computes the same name. The prefix separates environments sharing a Daily
 * domain and marks the rooms this application owns.
 */
export function roomNameFor(appointmentId: string, prefix = 'etm'): string {
  checkPrefix(prefix);
  if (appointmentId === '') throw new RangeError('roomNameFor: appointmentId is empty');
  const digest = createHash('sha256').update(appointmentId, 'utf8').digest('hex').slice(0, DIGEST_HEX_LENGTH);
  return `${prefix}-${digest}`;
}

/** Whether a room name has the shape `roomNameFor` gives it, so reconcile leaves other rooms alone. */
export function isOurRoomName(name: string, prefix = 'etm'): boolean {
  checkPrefix(prefix);
  const head = `${prefix}-`;
  return name.startsWith(head) && new RegExp(`^[0-9a-f]{${DIGEST_HEX_LENGTH}}$`).test(name.slice(head.length));
}
