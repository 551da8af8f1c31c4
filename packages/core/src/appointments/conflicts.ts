import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { appointments, type Executor } from '@edutrack/db';
import { violatedConstraint } from '../db-errors.ts';
import { AppError } from '../errors.ts';
import { formatTimeInZone } from '../time/time-zones.ts';
import { nearestOpenSlots } from '../availability/open-slots.ts';
import type { Clock } from '../clock.ts';

interface ConflictContext {
  db: Executor;
  clock: Clock;
  /** Who is asking decides the wording: a parent reads "you". */
  viewer: 'staff' | 'guardian';
  teacherId: string;
  guardianId: string;
  teacherName: string;
  teacherIsViewer?: boolean;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** The appointment being moved, which must not count as its own conflict. */
  excludeId?: string;
  /** For slot bookings: offer the nearest free slots of the same teacher. */
  offerSlots?: boolean;
}

/**
 * Turns a no-double-booking violation from the database into a CONFLICT that names the clash and,
 * for slot bookings, offers the nearest free slots. Any other error is returned untouched.
 */
export async function explainConflict(error: unknown, ctx: ConflictContext): Promise<unknown> {
  const constraint = violatedConstraint(error);
  if (!constraint) return error;
  const alternatives = ctx.offerSlots
    ? await nearestOpenSlots(ctx.db, ctx.teacherId, ctx.startsAt, ctx.clock.now())
    : undefined;
  const details = alternatives ? { alternatives } : {};
  const offer = alternatives?.length
    ? ' Here are the nearest free times.'
    : ctx.offerSlots
      ? ' There are no other free times with this teacher right now.'
      : '';

  switch (constraint) {
    case 'appointments_active_slot_key':
      return new AppError(
        'CONFLICT',
        `Someone else has just booked this time.${offer || ' Please pick another time.'}`,
        details,
      );
    case 'appointments_teacher_no_overlap': {
      const clash = await findClash(ctx, 'teacher');
      const when = clash ? ` (${clash})` : '';
      const who = ctx.teacherIsViewer ? 'You already have' : `${ctx.teacherName} already has`;
      return new AppError(
        'CONFLICT',
        `${who} a meeting at that time${when}.${offer || ' Choose another time.'}`,
        details,
      );
    }
    case 'appointment_teachers_no_overlap':
      // A teacher of a joint parents' evening meeting is busy then.
      return new AppError(
        'CONFLICT',
        `${ctx.teacherIsViewer ? 'You are' : `${ctx.teacherName} is`} in a joint meeting at that time.${offer || ' Choose another time.'}`,
        details,
      );
    case 'appointments_guardian_no_overlap': {
      const clash = await findClash(ctx, 'guardian');
      const when = clash ? ` (${clash})` : '';
      const who = ctx.viewer === 'guardian' ? 'You already have' : 'This parent already has';
      return new AppError(
        'CONFLICT',
        `${who} another meeting at that time${when}.${offer || ' Choose another time.'}`,
        details,
      );
    }
    case 'appointments_idempotency_key':
      return new AppError('CONFLICT', 'This request was already submitted. Refresh to see the meeting it created.');
    default:
      return error;
  }
}

async function findClash(ctx: ConflictContext, who: 'teacher' | 'guardian'): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(
      and(
        who === 'teacher' ? eq(appointments.teacherId, ctx.teacherId) : eq(appointments.guardianId, ctx.guardianId),
        ne(appointments.status, 'cancelled'),
        isNull(appointments.endedAt),
        ctx.excludeId ? ne(appointments.id, ctx.excludeId) : undefined,
        sql`tstzrange(${appointments.startsAt}, ${appointments.endsAt}) && tstzrange(${ctx.startsAt.toISOString()}::timestamptz, ${ctx.endsAt.toISOString()}::timestamptz)`,
      ),
    )
    .limit(1);
  return row
    ? `${formatTimeInZone(row.startsAt, ctx.timeZone)}–${formatTimeInZone(row.endsAt, ctx.timeZone)}`
    : undefined;
}
