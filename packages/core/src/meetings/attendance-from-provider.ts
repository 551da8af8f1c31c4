import { and, eq, sql } from 'drizzle-orm';
import { appointmentRooms, appointments } from '@edutrack/db';
import { ROOM_CLOSES_AFTER_END_MS } from '../time/meeting-window.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { recordProviderStay } from './record-provider-stay.ts';

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
      if (await recordProviderStay(deps, appointmentId, stay)) recorded += 1;
    }
  }
  return { rooms: unsettled.length, recorded };
}
