import type { MeetingTokenProperties } from '../spec-types.ts';
import { toUnixSeconds } from '../unix-time.ts';

/** Daily refuses longer user ids. */
export const DAILY_USER_ID_MAX_LENGTH = 36;

export interface TokenHolder {
  roomName: string;
  /** Our user's id; Daily shows it in presence and webhooks. At most 36 characters. */
  userId: string;
  /** The name the other side sees, vouched for by the server. */
  userName: string;
  /**
   * When the token stops admitting anyone and removes its holder from the call (the meeting's cut-off).
   * Always set: a token without exp is valid forever.
   */
  exp: Date;
}

const baseProperties = ({ roomName, userId, userName, exp }: TokenHolder): MeetingTokenProperties => {
  if (roomName === '') throw new RangeError('a meeting token needs a room name');
  // Truncating would risk two users sharing an id, so an over-long id is a programming error.
  if (userId === '' || userId.length > DAILY_USER_ID_MAX_LENGTH) {
    throw new RangeError(`user_id must be 1-${DAILY_USER_ID_MAX_LENGTH} characters, got ${userId.length}`);
  }
  if (Number.isNaN(exp.getTime())) throw new RangeError('exp is not a valid date');
  return {
    // Without room_name a token would open every room of the domain.
    room_name: roomName,
    user_id: userId,
    user_name: userName.trim(),
    exp: toUnixSeconds(exp),
    // "Kick this user out of the meeting at the time this meeting token expires" (Daily's token docs).
    // It replaces the room's eject_at_room_exp for the holder, so exp must never be after the room's.
    eject_at_token_exp: true,
  };
};

/** The teacher runs the meeting: an owner sees knockers and admits or denies them. */
export const teacherTokenProperties = (holder: TokenHolder): MeetingTokenProperties => ({
  ...baseProperties(holder),
  is_owner: true,
});

/**
 * A parent knocks like a guest but under a name and id the server vouches for, so the teacher can
 * tell the expected parent from an unknown knocker. Without `knocking` any token skips the lobby.
 */
export const parentTokenProperties = (holder: TokenHolder): MeetingTokenProperties => ({
  ...baseProperties(holder),
  is_owner: false,
  knocking: true,
});

/**
 * A parent the teacher already admitted to this meeting, rejoining after their connection dropped:
 * Daily lets any token without `knocking` skip the lobby, so they come straight back in (still no owner).
 */
export const admittedParentTokenProperties = (holder: TokenHolder): MeetingTokenProperties => ({
  ...baseProperties(holder),
  is_owner: false,
});
