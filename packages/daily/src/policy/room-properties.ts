import { DEFAULT_ROOM_PRIVACY, effectiveRoomProperty } from '../room-property-defaults.ts';
import type { CreateRoomBody, DailyRoom, DailyRoomProperties } from '../spec-types.ts';
import { toUnixSeconds } from '../unix-time.ts';

/** Teacher, parent, and room for a second guardian or an interpreter. */
export const MEETING_MAX_PARTICIPANTS = 4;

export interface RoomWindow {
  /** First moment anyone may enter (the caller's rule: start minus 5 minutes). */
  opensAt: Date;
  /** When the room closes and everyone is ejected (the caller's rule: end plus 30 minutes). */
  closesAt: Date;
}

export type WantedRoom = Omit<CreateRoomBody, 'name'> & {
  privacy: 'private';
  properties: DailyRoomProperties;
};

const assertValidDate = (label: string, date: Date): void => {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${label} is not a valid date`);
};

/**
 * The room an appointment needs: private, entered through the lobby, open only within its window.
 * `hosts` is how many teachers run it: a parents' evening joint meeting has 2 or 3, each with a seat.
 */
export function roomPropertiesFor({ opensAt, closesAt }: RoomWindow, hosts = 1): WantedRoom {
  assertValidDate('opensAt', opensAt);
  assertValidDate('closesAt', closesAt);
  if (closesAt.getTime() <= opensAt.getTime()) throw new RangeError('closesAt must be after opensAt');
  return {
    // Daily's default is public: anyone holding the URL would walk in.
    privacy: 'private',
    properties: {
      nbf: toUnixSeconds(opensAt),
      exp: toUnixSeconds(closesAt),
      // exp only stops new joins; this also removes whoever is still in the call.
      eject_at_room_exp: true,
      // Lets a parent with a knocking token (or a tokenless guest) ask the teacher to be admitted.
      enable_knocking: true,
      max_participants: MEETING_MAX_PARTICIPANTS + Math.max(0, hosts - 1),
      // The apps draw their own lobby and device check with the call object.
      enable_prejoin_ui: false,
      // No enable_recording: Daily records nothing unless it is set.
    },
  };
}

/**
 * The fields where a room differs from what is wanted. An answer's `config` omits properties at
 * their default, so an absent key is read as the default, not as a difference.
 */
export function roomDifferences(actual: DailyRoom, wanted: Omit<CreateRoomBody, 'name'>): string[] {
  const differences: string[] = [];
  if (wanted.privacy !== undefined && (actual.privacy ?? DEFAULT_ROOM_PRIVACY) !== wanted.privacy) {
    differences.push('privacy');
  }
  const config: Readonly<Record<string, unknown>> = actual.config ?? {};
  const properties: Readonly<Record<string, unknown>> = wanted.properties ?? {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined && effectiveRoomProperty(config, key) !== value) differences.push(key);
  }
  return differences;
}

export const roomNeedsUpdate = (actual: DailyRoom, wanted: Omit<CreateRoomBody, 'name'>): boolean =>
  roomDifferences(actual, wanted).length > 0;
