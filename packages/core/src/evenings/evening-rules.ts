import type { parentsEvenings } from '@edutrack/db';
import { AppError } from '../errors.ts';
import { moment, said, type SchoolTime } from '../error-messages/say.ts';
import type { EveningSummary } from './evening-types.ts';

type Evening = typeof parentsEvenings.$inferSelect;
interface Session {
  startsAt: Date;
  endsAt: Date;
}

const DAY_MS = 24 * 60 * 60_000;

/** Proposal holds: long enough to look an itinerary over, short enough not to block the rush. */
export const PROPOSAL_HOLD_MS = 2 * 60_000;
/** A waiting-list offer: a parent may be away from the phone; 15 minutes, then it passes on. */
export const OFFER_HOLD_MS = 15 * 60_000;

/** When parents can no longer book or change meetings in a session: the evening's closing, or 24 h before. */
export function sessionClosesAt(evening: Pick<Evening, 'closesAt'>, session: Session): Date {
  return evening.closesAt ?? new Date(session.startsAt.getTime() - DAY_MS);
}

/** When a family may start booking. */
export function mayBookFrom(evening: Pick<Evening, 'opensAt' | 'earlyAccessOpensAt'>, earlyAccess: boolean): Date {
  if (earlyAccess && evening.earlyAccessOpensAt && evening.earlyAccessOpensAt < evening.opensAt) {
    return evening.earlyAccessOpensAt;
  }
  return evening.opensAt;
}

export function eveningPhase(evening: Evening, sessions: Session[], now: Date): EveningSummary['phase'] {
  const last = sessions.reduce((max, s) => Math.max(max, s.endsAt.getTime()), 0);
  if (now.getTime() >= last) return 'over';
  if (sessions.every((s) => now >= sessionClosesAt(evening, s))) return 'closed';
  if (now >= evening.opensAt) return 'open';
  if (evening.earlyAccessOpensAt && now >= evening.earlyAccessOpensAt) return 'early_access';
  return 'before_opening';
}

/** Refuses a parent's booking before their opening time, or after the session closed. */
export function checkParentMayBook(
  evening: Evening,
  session: Session,
  now: Date,
  earlyAccess: boolean,
  school: SchoolTime,
): void {
  const from = mayBookFrom(evening, earlyAccess);
  if (now < from) {
    throw new AppError(
      'PRECONDITION_FAILED',
      said('errors.evening.opensOn', { evening: evening.name, when: moment(from, school, 'datedClock') }),
      { opensAt: from.toISOString() },
    );
  }
  if (now >= sessionClosesAt(evening, session)) {
    throw new AppError(
      'PRECONDITION_FAILED',
      said('errors.evening.closedOn', {
        evening: evening.name,
        when: moment(sessionClosesAt(evening, session), school, 'datedClock'),
      }),
    );
  }
}

/** Whether a parent may still cancel an evening meeting themselves. */
export function parentMayChange(evening: Evening, session: Session, meetingStartsAt: Date, now: Date): boolean {
  if (now >= meetingStartsAt) return false;
  return evening.parentsMayChangeAfterClose || now < sessionClosesAt(evening, session);
}

/** Checks an admin's rules make sense together. */
export function checkRulesInOrder(
  rules: Pick<Evening, 'opensAt' | 'earlyAccessOpensAt' | 'closesAt'>,
  sessions: Session[],
): void {
  const first = Math.min(...sessions.map((s) => s.startsAt.getTime()));
  if (rules.earlyAccessOpensAt && rules.earlyAccessOpensAt >= rules.opensAt) {
    throw new AppError('BAD_REQUEST', 'Early access has to open before general booking opens.', {
      field: 'earlyAccessOpensAt',
    });
  }
  if (rules.closesAt && rules.closesAt <= rules.opensAt) {
    throw new AppError('BAD_REQUEST', 'Booking has to close after it opens.', { field: 'closesAt' });
  }
  if (rules.closesAt && rules.closesAt.getTime() > first) {
    throw new AppError('BAD_REQUEST', 'Booking has to close before the first session starts.', { field: 'closesAt' });
  }
  if (rules.opensAt.getTime() >= first) {
    throw new AppError('BAD_REQUEST', 'Booking has to open before the first session starts.', { field: 'opensAt' });
  }
}
