import { and, asc, desc, eq, gt, gte, isNull, lt, not, or, type SQL } from 'drizzle-orm';
import { appointments } from '@edutrack/db';
import type { Actor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { ROOM_CLOSES_AFTER_END_MS } from '../time/meeting-window.ts';
import { appointmentScope } from './access.ts';
import { selectAppointments, toAppointmentView, type AppointmentView } from './appointment-view.ts';
import { said } from '../error-messages/say.ts';

export interface ListAppointmentsInput {
  /**
   * upcoming: still to happen (scheduled, not ended for everyone, its room not closed), soonest first.
   * past: everything else (held, missed, ended, cancelled), latest first.
   * range: starting within [from, to), whatever their status, soonest first (a day's agenda).
   */
  view: 'upcoming' | 'past' | 'range';
  from?: Date;
  to?: Date;
  teacherId?: string;
  studentId?: string;
  limit?: number;
  cursor?: string;
}

export interface AppointmentPage {
  items: AppointmentView[];
  nextCursor: string | null;
}

const MAX_RANGE_MS = 62 * 86_400_000;

/** The caller's meetings, always within what they may see (appointmentScope). */
export async function listAppointments(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  actor: Actor,
  input: ListAppointmentsInput,
): Promise<AppointmentPage> {
  const limit = input.limit ?? 50;
  const newestFirst = input.view === 'past';
  const conditions: (SQL | undefined)[] = [appointmentScope(deps.db, actor)];
  const stillOpenAfter = new Date(deps.clock.now().getTime() - ROOM_CLOSES_AFTER_END_MS);

  const live = and(
    eq(appointments.status, 'scheduled'),
    isNull(appointments.endedAt),
    gt(appointments.endsAt, stillOpenAfter),
  );
  if (input.view === 'upcoming') conditions.push(live);
  if (input.view === 'past') conditions.push(not(live!));
  if (input.view === 'range') {
    if (!input.from || !input.to)
      throw new AppError('BAD_REQUEST', 'Choose both a start and an end date for the range.');
    if (input.to <= input.from) throw new AppError('BAD_REQUEST', 'The end of the range must be after its start.');
    if (input.to.getTime() - input.from.getTime() > MAX_RANGE_MS) {
      throw new AppError('BAD_REQUEST', 'Show at most two months at a time. Choose a shorter range.');
    }
    conditions.push(gte(appointments.startsAt, input.from), lt(appointments.startsAt, input.to));
  }
  if (input.teacherId) conditions.push(eq(appointments.teacherId, input.teacherId));
  if (input.studentId) conditions.push(eq(appointments.studentId, input.studentId));
  if (input.cursor) conditions.push(afterCursor(input.cursor, newestFirst));

  const rows = await selectAppointments(deps.db, and(...conditions))
    .orderBy(
      newestFirst ? desc(appointments.startsAt) : asc(appointments.startsAt),
      newestFirst ? desc(appointments.id) : asc(appointments.id),
    )
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toAppointmentView(row, actor, deps.clock)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.appointment.startsAt, last.appointment.id) : null,
  };
}

function encodeCursor(startsAt: Date, id: string): string {
  return Buffer.from(`${startsAt.toISOString()}|${id}`).toString('base64url');
}

/** Keyset pagination on (starts_at, id): stable while rows are added or cancelled. */
function afterCursor(cursor: string, newestFirst: boolean): SQL {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const startsAt = new Date(iso ?? '');
  if (!id || Number.isNaN(startsAt.getTime())) {
    throw new AppError('BAD_REQUEST', said('errors.listOutOfDate'));
  }
  const beyond = newestFirst ? lt : gt;
  return or(
    beyond(appointments.startsAt, startsAt),
    and(eq(appointments.startsAt, startsAt), beyond(appointments.id, id)),
  )!;
}
