import { meetingPresence } from '@edutrack/db';
import type { MeetingDeps } from './meeting-deps.ts';
import type { CallAttendance } from './video-rooms.ts';
import { roleOf } from './webhook-events.ts';

/**
 * Writes one stay from the provider's own record of a call (Daily's `GET /meetings?room=…`) as a
 * participant row confirmed by Daily, the same row its `participant.joined` webhook would have made.
 * A webhook that got there first keeps its row. Answers whether a row was written.
 */
export async function recordProviderStay(deps: MeetingDeps, appointmentId: string, stay: CallAttendance) {
  const role = await roleOf(deps.db, appointmentId, stay.userId);
  const inserted = await deps.db
    .insert(meetingPresence)
    .values({
      appointmentId,
      kind: 'participant',
      sessionId: stay.sessionId,
      role: role.role,
      userId: role.userId,
      userName: stay.userName,
      joinedAt: stay.joinedAt,
      leftAt: new Date(stay.joinedAt.getTime() + stay.durationSeconds * 1000),
      durationSeconds: Math.round(stay.durationSeconds),
      confirmedByDaily: true,
    })
    .onConflictDoNothing()
    .returning({ id: meetingPresence.id });
  return inserted.length > 0;
}
