import type { MeetingTokenProperties } from '@edutrack/daily';
import type { StoredRoom } from '../room-store.ts';
import type { RoomInfo } from './protocol.ts';

/**
 * daily-js's `room()` for this person: the room's timing and size, and their own token's claims.
 * The token's claims are the holder's to see (they hold the token); nothing else about the domain is shared.
 * Unset properties stay undefined here; JSON leaves them out on the wire, as Daily's answers do.
 */
export function roomInfo(room: StoredRoom, token: MeetingTokenProperties | undefined): RoomInfo {
  const { properties } = room;
  return {
    id: room.id,
    name: room.name,
    config: {
      nbf: properties.nbf,
      exp: properties.exp,
      eject_at_room_exp: properties.eject_at_room_exp,
      eject_after_elapsed: properties.eject_after_elapsed,
      max_participants: properties.max_participants,
      enable_knocking: properties.enable_knocking,
      start_video_off: properties.start_video_off,
      start_audio_off: properties.start_audio_off,
    },
    tokenConfig: {
      nbf: token?.nbf,
      exp: token?.exp,
      is_owner: token?.is_owner,
      knocking: token?.knocking,
      user_name: token?.user_name,
      user_id: token?.user_id,
      eject_at_token_exp: token?.eject_at_token_exp,
      eject_after_elapsed: token?.eject_after_elapsed,
      start_video_off: token?.start_video_off,
      start_audio_off: token?.start_audio_off,
    },
  };
}
