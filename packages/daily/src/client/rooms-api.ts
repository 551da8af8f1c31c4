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

    /**
     * Every room, page by page (Daily's pages hold at most 100). Daily lists rooms newest first and
     * `ending_before` returns rooms "created before a provided room id" (docs: list rooms), so the
     * next page is `ending_before` = the oldest room of this one. The oldest is found by
     * `created_at`, not by position, and ids already seen end the walk, so a different order
     * can never loop or stop early unnoticed.
     */
    listAllRooms: async (): Promise<DailyRoom[]> => {
      const rooms: DailyRoom[] = [];
      const seen = new Set<string>();
      let endingBefore: string | undefined;
      for (;;) {
        const page = await listRooms({ limit: ROOMS_PAGE_LIMIT, ending_before: endingBefore });
        const fresh = (page.data ?? []).filter((room) => room.id === undefined || !seen.has(room.id));
        for (const room of fresh) if (room.id) seen.add(room.id);
        rooms.push(...fresh);
        const oldest = oldestOf(fresh);
        if ((page.data ?? []).length < ROOMS_PAGE_LIMIT || oldest?.id === undefined) return rooms;
        endingBefore = oldest.id;
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

/** The room created first (ties: the later one in the list, which is Daily's older end). */
function oldestOf(rooms: readonly DailyRoom[]): DailyRoom | undefined {
  let oldest: DailyRoom | undefined;
  for (const room of rooms) {
    if (!oldest || Date.parse(room.created_at ?? '') <= Date.parse(oldest.created_at ?? '')) oldest = room;
  }
  return oldest;
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
