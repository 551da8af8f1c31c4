import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { appointments, type Executor } from '@edutrack/db';
import { violatedConstraint } from '../db-errors.ts';
import { AppError } from '../errors.ts';
import { moment, said, type Moment, type Said, type SchoolTime } from '../error-messages/say.ts';
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
  school: SchoolTime;
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
  /** The clashing meeting's times ("16:00–16:10" once written out). */
  clash?: Moment | null;
}

/** The CONFLICT a violated no-double-booking constraint means, in words; undefined for another constraint. */
export function describeConflict(constraint: string, facts: ConflictFacts): AppError | undefined {
  const { alternatives } = facts;
  const details = alternatives ? { alternatives } : {};
  // What to do next: the nearest free times (shown below the message), or another time of one's own.
  const offer = alternatives?.length ? 'nearest' : facts.offerSlots ? 'none' : 'choose';
  const when = facts.clash ?? 'unknown';
  const refuse = (sentence: Said) => new AppError('CONFLICT', sentence, details);

  switch (constraint) {
    case 'appointments_active_slot_key':
      return refuse(said('errors.conflict.slotTaken', { offer }));
    case 'appointments_teacher_no_overlap':
      return refuse(
        facts.teacherIsViewer
          ? said('errors.conflict.youHaveMeeting', { when, offer })
          : said('errors.conflict.teacherHasMeeting', { teacher: facts.teacherName, when, offer }),
      );
    case 'appointment_teachers_no_overlap':
      // A teacher of a joint parents' evening meeting is busy then.
      return refuse(
        facts.teacherIsViewer
          ? said('errors.conflict.youInJointMeeting', { offer })
          : said('errors.conflict.teacherInJointMeeting', { teacher: facts.teacherName, offer }),
      );
    case 'appointments_guardian_no_overlap':
      return refuse(
        facts.viewer === 'guardian'
          ? said('errors.conflict.youHaveAnother', { when, offer })
          : said('errors.conflict.parentHasAnother', { when, offer }),
      );
    case 'appointments_idempotency_key':
      return new AppError('CONFLICT', said('errors.conflict.alreadySubmitted'));
    default:
      return undefined;
  }
}

async function findClash(ctx: ConflictContext, who: 'teacher' | 'guardian'): Promise<Moment | undefined> {
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
  return row ? moment(row.startsAt, ctx.school, 'span', row.endsAt) : undefined;
}
