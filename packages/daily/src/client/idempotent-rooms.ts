import type { CreateRoomBody, DailyRoom } from '../spec-types.ts';
import { isDailyNotFound, isRoomAlreadyExists } from './daily-api-error.ts';
import type { RoomsApi } from './rooms-api.ts';

export interface EnsuredRoom {
  room: DailyRoom;
  /** False when the room already existed; its properties may then differ from the ones given. */
  created: boolean;
}

// Create and expiry can race (exists → expires → 404 on GET); a few rounds settle it.
const ENSURE_ROUNDS = 3;

export function createIdempotentRooms(rooms: RoomsApi) {
  return {
    /** The room with this name: created when missing, otherwise the existing one. */
    ensureRoom: async (name: string, body: Omit<CreateRoomBody, 'name'> = {}): Promise<EnsuredRoom> => {
      for (let round = 1; ; round += 1) {
        try {
          return { room: await rooms.createRoom({ ...body, name }), created: true };
        } catch (error) {
          if (!isRoomAlreadyExists(error)) throw error;
        }
        try {
          return { room: await rooms.getRoom(name), created: false };
        } catch (error) {
          if (!isDailyNotFound(error) || round >= ENSURE_ROUNDS) throw error;
        }
      }
    },

    /** The room, or null when Daily has none by that name (never created, deleted or expired). */
    findRoom: async (name: string): Promise<DailyRoom | null> => {
      try {
        return await rooms.getRoom(name);
      } catch (error) {
        if (isDailyNotFound(error)) return null;
        throw error;
      }
    },

    /**
     * Deletes the room; one that is already gone counts as done. `deleted: false` means Daily
     * answered 404, which includes a retry after our own first attempt had already deleted it.
     */
    deleteRoomIfExists: async (name: string): Promise<{ deleted: boolean }> => {
      try {
        await rooms.deleteRoom(name);
        return { deleted: true };
      } catch (error) {
        if (isDailyNotFound(error)) return { deleted: false };
        throw error;
      }
    },
  };
}
