import {
  isDailyNotFound,
  isOurRoomName,
  parentTokenProperties,
  roomNameFor,
  roomNeedsUpdate,
  roomPropertiesFor,
  teacherTokenProperties,
  type DailyClient,
} from '@edutrack/daily';
import type { VideoRooms } from '@edutrack/core';

/** The core's video port, implemented with the Daily REST client (real Daily or the emulator). */
export function dailyVideoRooms(
  client: DailyClient,
  options: { prefix: string; mode: 'daily' | 'local'; signallingUrl?: string },
): VideoRooms {
  return {
    mode: options.mode,
    signallingUrl: options.signallingUrl,
    roomNameFor: (appointmentId) => roomNameFor(appointmentId, options.prefix),
    isOurRoom: (name) => isOurRoomName(name, options.prefix),

    async ensureRoom(name, window) {
      const wanted = roomPropertiesFor(window);
      const { room, created } = await client.ensureRoom(name, wanted);
      // An existing room (a retry, a reschedule) is brought to the wanted window and settings.
      const current = !created && roomNeedsUpdate(room, wanted) ? await client.updateRoom(name, wanted) : room;
      return { name, url: current.url ?? room.url ?? '' };
    },

    async deleteRoom(name) {
      await client.deleteRoomIfExists(name);
    },

    async listRooms() {
      return (await client.listAllRooms()).flatMap((room) => (room.name ? [{ name: room.name }] : []));
    },

    async mintToken({ roomName, role, userId, userName, expiresAt }) {
      const holder = { roomName, userId, userName, exp: expiresAt };
      return client.createMeetingToken(
        role === 'teacher' ? teacherTokenProperties(holder) : parentTokenProperties(holder),
      );
    },

    async endCall(roomName) {
      // Daily ejects by participant id, so "everyone" is whoever its presence lists right now.
      // A room that is already gone has no one in it (a retried job may get here after deleting it).
      const presence = await client.getRoomPresence(roomName).catch((error: unknown) => {
        if (isDailyNotFound(error)) return { data: [] };
        throw error;
      });
      const ids = (presence.data ?? []).flatMap((p) => (p.id ? [p.id] : []));
      if (ids.length) await client.ejectParticipants(roomName, { ids });
    },
  };
}
