import type {
  CreateRoomBody,
  DailyRoom,
  DailyRoomPage,
  DailyRoomPresence,
  DeleteRoomResult,
  EjectBody,
  EjectResult,
  ListRoomsQuery,
  UpdateRoomBody,
} from '../spec-types.ts';
import type { Send } from './transport.ts';

/** Daily's largest page. */
const ROOMS_PAGE_LIMIT = 100;

const roomPath = (name: string, suffix = ''): string => `/rooms/${encodeURIComponent(name)}${suffix}`;

export function createRoomsApi(send: Send) {
  const listRooms = (query: ListRoomsQuery = {}): Promise<DailyRoomPage> =>
    send({ method: 'GET', path: '/rooms', query, idempotent: true });

  return {
    /**
     * Without a name Daily invents one, so a repeat would make a second room: such a create is
     * not retried after ambiguous failures. Prefer `ensureRoom`.
     */
    createRoom: (body: CreateRoomBody): Promise<DailyRoom> =>
      send({ method: 'POST', path: '/rooms', body, idempotent: body.name !== undefined }),

    getRoom: (name: string): Promise<DailyRoom> => send({ method: 'GET', path: roomPath(name), idempotent: true }),

    listRooms,

    /** Every room, page by page (Daily's pages hold at most 100). */
    listAllRooms: async (): Promise<DailyRoom[]> => {
      const rooms: DailyRoom[] = [];
      let startingAfter: string | undefined;
      for (;;) {
        const page = await listRooms({ limit: ROOMS_PAGE_LIMIT, starting_after: startingAfter });
        const data: DailyRoom[] = page.data ?? [];
        rooms.push(...data);
        const lastId = data.at(-1)?.id;
        if (data.length < ROOMS_PAGE_LIMIT || lastId === undefined || lastId === startingAfter) return rooms;
        startingAfter = lastId;
      }
    },

    /** Daily's spec declares no schema for this answer; Daily documents it as the updated room. */
    updateRoom: (name: string, body: UpdateRoomBody): Promise<DailyRoom> =>
      send({ method: 'POST', path: roomPath(name), body, idempotent: true }),

    deleteRoom: (name: string): Promise<DeleteRoomResult> =>
      send({ method: 'DELETE', path: roomPath(name), lane: 'room-delete', idempotent: true }),

    /** Ends the call for the given participants now (by session id or by token user id). */
    ejectParticipants: (name: string, body: EjectBody): Promise<EjectResult> =>
      send({ method: 'POST', path: roomPath(name, '/eject'), body, idempotent: true }),

    getRoomPresence: (name: string): Promise<DailyRoomPresence> =>
      send({ method: 'GET', path: roomPath(name, '/presence'), idempotent: true }),
  };
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
