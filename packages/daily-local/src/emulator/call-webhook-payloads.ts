import type {
  MeetingEndedEvent,
  MeetingStartedEvent,
  ParticipantJoinedEvent,
  ParticipantLeftEvent,
} from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';

export interface CallParticipant {
  sessionId: string;
  roomName: string;
  /** From the token; null for a tokenless guest. */
  userId: string | null;
  userName: string | null;
  owner: boolean;
  joinedAt: Date;
  willEjectAt: Date | null;
}

export interface MeetingSession {
  id: string;
  roomName: string;
  startedAt: Date;
  endedAt: Date | null;
  /** Most people in the call at once. */
  peak: number;
  attendance: {
    sessionId: string;
    userId: string | null;
    userName: string | null;
    joinedAt: Date;
    leftAt: Date | null;
  }[];
}

export const secondsBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / 1000);

// Daily's event schemas type user_id and user_name as strings: a guest without them leaves them out.
export const participantPayload = (participant: CallParticipant) =>
  ({
    room: participant.roomName,
    session_id: participant.sessionId,
    owner: participant.owner,
    joined_at: toUnixSeconds(participant.joinedAt),
    ...(participant.userId === null ? {} : { user_id: participant.userId }),
    ...(participant.userName === null ? {} : { user_name: participant.userName }),
    ...(participant.willEjectAt === null ? {} : { will_eject_at: toUnixSeconds(participant.willEjectAt) }),
  }) satisfies ParticipantJoinedEvent['payload'];

export const participantLeftPayload = (participant: CallParticipant, leftAt: Date) =>
  ({
    ...participantPayload(participant),
    duration: secondsBetween(participant.joinedAt, leftAt),
  }) satisfies ParticipantLeftEvent['payload'];

export const meetingStartedPayload = (session: MeetingSession) =>
  ({
    room: session.roomName,
    meeting_id: session.id,
    start_ts: toUnixSeconds(session.startedAt),
  }) satisfies MeetingStartedEvent['payload'];

export const meetingEndedPayload = (session: MeetingSession, endedAt: Date) =>
  ({ ...meetingStartedPayload(session), end_ts: toUnixSeconds(endedAt) }) satisfies MeetingEndedEvent['payload'];
