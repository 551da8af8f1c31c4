import type { FastifyInstance } from 'fastify';
import type { Clock } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import type { CallRegistry } from '../call-registry.ts';
import { notFound } from '../daily-emulator-error.ts';
import { paginate } from '../pagination.ts';
import { booleanParam, integerParam, type Query } from '../query-params.ts';
import { renderAttendance, renderMeeting, renderPresence } from '../render-calls.ts';

type MeetingRoute = { Params: { meeting: string }; Querystring: Query };

/** Meeting sessions, their participants, and who is present now: what attendance is read from. */
export function registerMeetingRoutes(
  app: FastifyInstance,
  { calls, clock }: { calls: CallRegistry; clock: Clock },
): void {
  const requireMeeting = (id: string) => {
    const session = calls.meetings().find((candidate) => candidate.id === id);
    if (session === undefined) throw notFound(`meeting ${id} not found`);
    return session;
  };
  const sessionPosition = (id: string): number | undefined => {
    const index = calls.meetings().findIndex((session) => session.id === id);
    return index < 0 ? undefined : index;
  };

  app.get<{ Querystring: Query }>('/meetings', async ({ query }) => {
    const now = clock.now();
    const from = integerParam(query, 'timeframe_start');
    const to = integerParam(query, 'timeframe_end');
    const ongoing = booleanParam(query, 'ongoing');
    const matching = calls.meetings().filter((session) => {
      const start = toUnixSeconds(session.startedAt);
      return (
        (query.room === undefined || session.roomName === query.room) &&
        (from === undefined || start >= from) &&
        (to === undefined || start <= to) &&
        (ongoing === undefined || (session.endedAt === null) === ongoing)
      );
    });
    const page = paginate(
      matching,
      { idOf: (session) => session.id, positionOf: sessionPosition },
      {
        limit: integerParam(query, 'limit'),
        startingAfter: query.starting_after,
        endingBefore: query.ending_before,
      },
    );
    const withParticipants = booleanParam(query, 'no_participants') !== true;
    return { total_count: matching.length, data: page.map((session) => renderMeeting(session, now, withParticipants)) };
  });

  app.get<MeetingRoute>('/meetings/:meeting', async ({ params }) =>
    renderMeeting(requireMeeting(params.meeting), clock.now(), false),
  );

  app.get<MeetingRoute>('/meetings/:meeting/participants', async ({ params, query }) => {
    const { attendance } = requireMeeting(params.meeting);
    const position = (id: string): number | undefined => {
      const index = attendance.findIndex((entry) => entry.sessionId === id);
      return index < 0 ? undefined : index;
    };
    const page = paginate(
      attendance,
      { idOf: (entry) => entry.sessionId, positionOf: position },
      {
        limit: integerParam(query, 'limit'),
        startingAfter: query.joined_after,
        endingBefore: query.joined_before,
      },
    );
    const now = clock.now();
    return { data: page.map((entry) => renderAttendance(entry, now)) };
  });

  app.get('/presence', async () => {
    const now = clock.now();
    const byRoom: Record<string, ReturnType<typeof renderPresence>[]> = {};
    for (const participant of calls.participants()) {
      (byRoom[participant.roomName] ??= []).push(renderPresence(participant, now, 'null'));
    }
    return byRoom;
  });
}
