import { and, eq, isNotNull } from 'drizzle-orm';
import { appointments } from '@edutrack/db';
import type { Actor } from '../actors.ts';
import { appointmentScope } from '../appointments/access.ts';
import { cancelAppointment } from '../appointments/reschedule.ts';
import type { CoreDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import type { ParentMeeting } from './evening-types.ts';

/**
 * Cancels an evening meeting: the ordinary cancel (room, emails, calendar) with the evening's rules
 * for parents (closing time) and the hand-on of the freed slot to the waiting list (both in
 * appointments/reschedule.ts, so a cancel from the meeting page follows them too).
 */
export async function cancelEveningBooking(
  deps: CoreDeps,
  actor: Actor,
  input: { appointmentId: string; reason?: string },
): Promise<{ cancelled: Pick<ParentMeeting, 'appointmentId' | 'startsAt' | 'endsAt'> }> {
  const [row] = await deps.db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.id, input.appointmentId),
        isNotNull(appointments.eveningId),
        appointmentScope(deps.db, actor),
      ),
    );
  if (!row) throw notFound('meeting');
  const view = await cancelAppointment(deps, actor, { id: input.appointmentId, reason: input.reason ?? null });
  return { cancelled: { appointmentId: view.id, startsAt: view.startsAt, endsAt: view.endsAt } };
}
