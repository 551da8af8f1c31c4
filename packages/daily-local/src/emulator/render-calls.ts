import type { DailyMeetingParticipant, DailyMeetingWithParticipants } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { secondsBetween, type MeetingSession } from './call-webhook-payloads.ts';
import type { PresentParticipant } from './call-registry.ts';

type Attendance = MeetingSession['attendance'][number];

export const renderAttendance = (entry: Attendance, now: Date): DailyMeetingParticipant => ({
  participant_id: entry.sessionId,
  user_id: entry.userId,
  user_name: entry.userName,
  join_time: toUnixSeconds(entry.joinedAt),
  duration: secondsBetween(entry.joinedAt, entry.leftAt ?? now),
});

export const renderMeeting = (
  session: MeetingSession,
  now: Date,
  withParticipants: boolean,
): DailyMeetingWithParticipants => ({
  id: session.id,
  room: session.roomName,
  start_time: toUnixSeconds(session.startedAt),
  duration: secondsBetween(session.startedAt, session.endedAt ?? now),
  ongoing: session.endedAt === null,
  max_participants: session.peak,
  ...(withParticipants ? { participants: session.attendance.map((entry) => renderAttendance(entry, now)) } : {}),
});

/**
 * One present participant. `GET /presence` documents null for a missing user id or name;
 * `GET /rooms/:name/presence` types them as plain strings, so there they are left out instead.
 */
export const renderPresence = (participant: PresentParticipant, now: Date, missing: 'null' | 'omit') => ({
  room: participant.roomName,
  id: participant.sessionId,
  ...(participant.userId !== null || missing === 'null' ? { userId: participant.userId } : {}),
  ...(participant.userName !== null || missing === 'null' ? { userName: participant.userName } : {}),
  mtgSessionId: participant.meetingId,
  joinTime: participant.joinedAt.toISOString(),
  duration: secondsBetween(participant.joinedAt, now),
});
