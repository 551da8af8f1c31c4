import { eq } from 'drizzle-orm';
import { eveningSlots, type appointments, type Executor } from '@edutrack/db';
import { AppError } from '../errors.ts';
import { moment, said } from '../error-messages/say.ts';
import { parentMayChange, sessionClosesAt } from './evening-rules.ts';
import { loadEvening } from './load-evening.ts';

/**
 * A parent may cancel an evening meeting only until booking closes, unless the evening lets parents
 * change bookings after closing. Staff may always (until the meeting starts).
 */
export async function checkParentMayChangeEvening(
  db: Executor,
  a: typeof appointments.$inferSelect,
  now: Date,
): Promise<void> {
  if (!a.eveningId) return;
  const loaded = await loadEvening(db, a.eveningId);
  const [slot] = a.eveningSlotId
    ? await db
        .select({ sessionId: eveningSlots.sessionId })
        .from(eveningSlots)
        .where(eq(eveningSlots.id, a.eveningSlotId))
    : [];
  const session = loaded.sessions.find((s) => s.id === slot?.sessionId) ?? loaded.sessions[0]!;
  if (parentMayChange(loaded.evening, session, a.startsAt, now)) return;
  throw new AppError(
    'PRECONDITION_FAILED',
    said('errors.evening.changesClosed', {
      evening: loaded.evening.name,
      when: moment(sessionClosesAt(loaded.evening, session), loaded, 'datedClock'),
    }),
  );
}
