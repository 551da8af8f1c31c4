import { and, eq, sql } from 'drizzle-orm';
import { appointmentRooms, appointments, meetingPresence } from '@edutrack/db';
import { ROOM_CLOSES_AFTER_END_MS } from '../time/meeting-window.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { roleOf } from './webhook-events.ts';

/**
 * Before a closed meeting is settled, attendance is read from the provider's own record (Daily's
 * `GET /meetings?room=…` with its participants), so completed / no-show is right even when no
 * webhook arrived all evening (Daily stops sending once its circuit breaker trips). Only meetings
 * about to be settled without a parent in the call are asked about, one request per room. A failed
 * request throws, so the sweep retries later instead of settling a meeting as a no-show on a guess.
 */
export async function recordAttendanceFromProvider(deps: MeetingDeps): Promise<{ rooms: number; recorded: number }> {
  const closedBefore = new Date(deps.clock.now().getTime() - ROOM_CLOSES_AFTER_END_MS).toISOString();
  const unsettled = await deps.db
    .select({ appointmentId: appointments.id, roomName: appointmentRooms.name })
    .from(appointments)
    .innerJoin(appointmentRooms, eq(appointmentRooms.appointmentId, appointments.id))
    .where(
      and(
        eq(appointments.status, 'scheduled'),
        sql`${appointments.endsAt} <= ${closedBefore}::timestamptz`,
        sql`NOT EXISTS (SELECT 1 FROM meeting_presence p WHERE p.appointment_id = ${appointments.id}
              AND p.kind = 'participant' AND p.role = 'guardian')`,
      ),
    );
  let recorded = 0;
  for (const { appointmentId, roomName } of unsettled) {
    for (const stay of await deps.video.callAttendance(roomName)) {
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
        // A webhook got there first: its row stands.
        .onConflictDoNothing()
        .returning({ id: meetingPresence.id });
      recorded += inserted.length;
    }
  }
  return { rooms: unsettled.length, recorded };
}
