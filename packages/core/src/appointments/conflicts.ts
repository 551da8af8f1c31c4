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
  const clashOf =
    constraint === 'appointments_teacher_no_overlap'
      ? 'teacher'
      : constraint === 'appointments_guardian_no_overlap'
        ? 'guardian'
        : undefined;
  const clash = clashOf && (await findClash(ctx, clashOf));
  return describeConflict(constraint, { ...ctx, alternatives, clash }) ?? error;
}

interface ConflictFacts {
  viewer: 'staff' | 'guardian';
  teacherName: string;
  teacherIsViewer?: boolean;
  offerSlots?: boolean;
  /** The nearest free slots, when offered. */
  alternatives?: { slotId: string; startsAt: string; endsAt: string }[];
  /** The clashing meeting's times, as people read them ("16:00–16:10"). */
  clash?: string | null;
}

/** The CONFLICT a violated no-double-booking constraint means, in words; undefined for another constraint. */
export function describeConflict(constraint: string, facts: ConflictFacts): AppError | undefined {
  const { alternatives } = facts;
  const details = alternatives ? { alternatives } : {};
  const offer = alternatives?.length
    ? ' Here are the nearest free times.'
    : facts.offerSlots
      ? ' There are no other free times with this teacher right now.'
      : '';
  const when = facts.clash ? ` (${facts.clash})` : '';

  switch (constraint) {
    case 'appointments_active_slot_key':
      return new AppError(
        'CONFLICT',
        `Someone else has just booked this time.${offer || ' Please pick another time.'}`,
        details,
      );
    case 'appointments_teacher_no_overlap': {
      const who = facts.teacherIsViewer ? 'You already have' : `${facts.teacherName} already has`;
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
        `${facts.teacherIsViewer ? 'You are' : `${facts.teacherName} is`} in a joint meeting at that time.${offer || ' Choose another time.'}`,
        details,
      );
    case 'appointments_guardian_no_overlap': {
      const who = facts.viewer === 'guardian' ? 'You already have' : 'This parent already has';
      return new AppError(
        'CONFLICT',
        `${who} another meeting at that time${when}.${offer || ' Choose another time.'}`,
        details,
      );
    }
    case 'appointments_idempotency_key':
      return new AppError('CONFLICT', 'This request was already submitted. Refresh to see the meeting it created.');
    default:
      return undefined;
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
  return row ? clashTimes(row.startsAt, row.endsAt, ctx.timeZone) : undefined;
}

/** A clashing meeting's times as people read them, e.g. "16:00–16:10". */
export const clashTimes = (startsAt: Date, endsAt: Date, timeZone: string) =>
  `${formatTimeInZone(startsAt, timeZone)}–${formatTimeInZone(endsAt, timeZone)}`;
