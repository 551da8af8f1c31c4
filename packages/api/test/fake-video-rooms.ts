import type { VideoRooms } from '@edutrack/core';

/**
 * An in-memory video provider for the API's unit tier (authorization and validation); the server's
 * tests run the real adapter against the Daily emulator over HTTP.
 */
export function fakeVideoRooms(): VideoRooms & {
  rooms: Map<string, { opensAt: Date; closesAt: Date; hosts?: number }>;
  tokens: { roomName: string; role: string; userId: string }[];
} {
  const rooms = new Map<string, { opensAt: Date; closesAt: Date; hosts?: number }>();
  const tokens: { roomName: string; role: string; userId: string }[] = [];
  return {
    mode: 'local',
    rooms,
    tokens,
    roomNameFor: (id) => `test-${id.replace(/-/g, '')}`,
    isOurRoom: (name) => name.startsWith('test-'),
    ensureRoom: async (name, window, hosts) => (
      rooms.set(name, { ...window, hosts }),
      { name, url: `https://example.test/${name}` }
    ),
    deleteRoom: async (name) => void rooms.delete(name),
    listRooms: async () => [...rooms.keys()].map((name) => ({ name })),
    mintToken: async (input) => (tokens.push(input), `token-for-${input.userId}`),
    endCall: async () => {},
    presentUserIds: async () => [],
    callAttendance: async () => [],
    checkWebhook: async () => ({ registered: false }),
  };
}
