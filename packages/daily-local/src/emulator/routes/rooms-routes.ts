import type { FastifyInstance } from 'fastify';
import type { Clock } from '@edutrack/daily';
import type { CallRegistry } from '../call-registry.ts';
import { invalidRequest } from '../daily-emulator-error.ts';
import { integerParam, type Query } from '../query-params.ts';
import { renderPresence } from '../render-calls.ts';
import type { RequestValidator } from '../request-validation.ts';
import type { RoomStore } from '../room-store.ts';

type RoomRoute = { Params: { room_name: string }; Querystring: Query };

export function registerRoomRoutes(
  app: FastifyInstance,
  {
    rooms,
    calls,
    validator,
    clock,
  }: { rooms: RoomStore; calls: CallRegistry; validator: RequestValidator; clock: Clock },
): void {
  app.get<{ Querystring: Query }>('/rooms', async ({ query }) => {
    const page = rooms.list({
      limit: integerParam(query, 'limit'),
      startingAfter: query.starting_after,
      endingBefore: query.ending_before,
    });
    return { total_count: page.total_count, data: page.data.map((room) => rooms.render(room)) };
  });

  app.post('/rooms', async ({ body }) => rooms.render(rooms.create(validator.body('CreateRoom', body ?? {}))));

  app.get<RoomRoute>('/rooms/:room_name', async ({ params }) => rooms.render(rooms.require(params.room_name)));

  app.post<RoomRoute>('/rooms/:room_name', async ({ params, body }) =>
    rooms.render(rooms.update(params.room_name, validator.body('SetRoomConfig', body ?? {}))),
  );

  app.delete<RoomRoute>('/rooms/:room_name', async ({ params }) => {
    const room = rooms.delete(params.room_name);
    await calls.endRoom(room.name);
    return { deleted: true, name: room.name };
  });

  app.post<RoomRoute>('/rooms/:room_name/eject', async ({ params, body }) => {
    const room = rooms.require(params.room_name);
    const { ids, user_ids: userIds } = validator.body('Eject', body ?? {});
    if (ids === undefined && userIds === undefined) throw invalidRequest('ids or user_ids is required');
    return { ejectedIds: await calls.eject(room.name, { ids, userIds }) };
  });

  app.get<RoomRoute>('/rooms/:room_name/presence', async ({ params, query }) => {
    const room = rooms.require(params.room_name);
    const now = clock.now();
    const present = calls
      .participants(room.name)
      .filter((participant) => query.userId === undefined || participant.userId === query.userId)
      .filter((participant) => query.userName === undefined || participant.userName === query.userName);
    const limit = integerParam(query, 'limit');
    return {
      total_count: present.length,
      data: present.slice(0, limit ?? present.length).map((participant) => renderPresence(participant, now, 'omit')),
    };
  });
}
