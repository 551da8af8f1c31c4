import type {
  DailyDomainPresence,
  DailyMeeting,
  DailyMeetingPage,
  DailyMeetingParticipant,
  ListMeetingParticipantsQuery,
  ListMeetingsQuery,
} from '../spec-types.ts';
import type { Send } from './transport.ts';

const meetingPath = (id: string, suffix = ''): string => `/meetings/${encodeURIComponent(id)}${suffix}`;

/** Meeting sessions and who attended them: the record of attendance, independent of webhooks. */
export function createMeetingsApi(send: Send) {
  return {
    listMeetings: (query: ListMeetingsQuery = {}): Promise<DailyMeetingPage> =>
      send({ method: 'GET', path: '/meetings', query, idempotent: true }),

    getMeeting: (id: string): Promise<DailyMeeting> => send({ method: 'GET', path: meetingPath(id), idempotent: true }),

    listMeetingParticipants: (
      id: string,
      query: ListMeetingParticipantsQuery = {},
    ): Promise<{ data?: DailyMeetingParticipant[] }> =>
      send({ method: 'GET', path: meetingPath(id, '/participants'), query, idempotent: true }),

    /** Everyone in a call right now, by room name. */
    getPresence: (): Promise<DailyDomainPresence> => send({ method: 'GET', path: '/presence', idempotent: true }),
  };
}
