import { ROOM_PROPERTY_DEFAULTS } from '@edutrack/daily/spec';
import type { MeetingTokenProperties } from '@edutrack/daily';
import { fromUnixSeconds, toUnixSeconds } from '@edutrack/daily';
import type { StoredRoom } from './room-store.ts';

/** The `error` types daily-js reports when a join fails. */
export type AdmissionError =
  'no-room' | 'nbf-room' | 'exp-room' | 'nbf-token' | 'exp-token' | 'not-allowed' | 'meeting-full';

export type Admission =
  | { kind: 'join'; owner: boolean; willEjectAt: Date | null }
  /** Private room with knocking: wait in the lobby until an owner admits or denies. */
  | { kind: 'knock' }
  | { kind: 'reject'; error: AdmissionError };

export interface AdmissionInput {
  /** The room, even if expired; undefined when there is none. */
  room: StoredRoom | undefined;
  /** A token whose signature checked out; undefined for a tokenless guest. */
  token: MeetingTokenProperties | undefined;
  now: Date;
  /** People in the call now (not counting the lobby). */
  present: number;
}

const DEFAULT_MAX_PARTICIPANTS = Number(ROOM_PROPERTY_DEFAULTS.max_participants ?? 200);

/**
 * When a participant will be ejected, fixed at the moment they join (observed on Daily: moving a
 * room's exp later does not extend a call already running). A token's eject settings replace the
 * room's for its holder.
 */
export function ejectionTime(room: StoredRoom, token: MeetingTokenProperties | undefined, joinedAt: Date): Date | null {
  const tokenDecides = token?.eject_at_token_exp !== undefined || token?.eject_after_elapsed !== undefined;
  const { eject_at_room_exp: atRoomExp, exp: roomExp, eject_after_elapsed: roomElapsed } = room.properties;
  const atExp = tokenDecides
    ? token?.eject_at_token_exp === true
      ? token.exp
      : undefined
    : atRoomExp === true
      ? roomExp
      : undefined;
  const afterElapsed = tokenDecides ? token?.eject_after_elapsed : roomElapsed;
  const candidates = [atExp, afterElapsed === undefined ? undefined : toUnixSeconds(joinedAt) + afterElapsed].filter(
    (seconds) => seconds !== undefined,
  );
  return candidates.length === 0 ? null : fromUnixSeconds(Math.min(...candidates));
}

/** Whether someone may enter a room now, as Daily decides it for a join. */
export function decideAdmission({ room, token, now, present }: AdmissionInput): Admission {
  if (room === undefined) return { kind: 'reject', error: 'no-room' };
  const seconds = toUnixSeconds(now);
  const { nbf, exp } = room.properties;
  if (nbf !== undefined && seconds < nbf) return { kind: 'reject', error: 'nbf-room' };
  if (exp !== undefined && seconds >= exp) return { kind: 'reject', error: 'exp-room' };
  if (token !== undefined) {
    // A token for another room is worth nothing here.
    if (token.room_name !== undefined && token.room_name !== room.name) return { kind: 'reject', error: 'not-allowed' };
    if (token.nbf !== undefined && seconds < token.nbf) return { kind: 'reject', error: 'nbf-token' };
    if (token.exp !== undefined && seconds >= token.exp) return { kind: 'reject', error: 'exp-token' };
  }
  if (present >= (room.properties.max_participants ?? DEFAULT_MAX_PARTICIPANTS)) {
    return { kind: 'reject', error: 'meeting-full' };
  }
  // Any token skips the lobby unless it asks to knock; a public room needs no token at all.
  const entersDirectly = (token !== undefined && token.knocking !== true) || room.privacy === 'public';
  if (entersDirectly)
    return { kind: 'join', owner: token?.is_owner === true, willEjectAt: ejectionTime(room, token, now) };
  return room.properties.enable_knocking === true ? { kind: 'knock' } : { kind: 'reject', error: 'not-allowed' };
}
