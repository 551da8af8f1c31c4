import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';

export const MIN_MEETING_MINUTES = 5;
export const MAX_MEETING_MINUTES = 120;
const MAX_DAYS_AHEAD = 366;
/** Browsers' clocks drift; "now" from a form submitted a moment ago is still fine. */
const PAST_TOLERANCE_MS = 60_000;

/** The business rules for a meeting's time, with messages that say how to fix it. */
export function checkMeetingTimes(clock: Clock, startsAt: Date, endsAt: Date): void {
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (minutes <= 0)
    throw new AppError('BAD_REQUEST', 'The meeting must end after it starts. Check the end time.', { field: 'endsAt' });
  if (minutes < MIN_MEETING_MINUTES) {
    throw new AppError('BAD_REQUEST', `A meeting must be at least ${MIN_MEETING_MINUTES} minutes long.`, {
      field: 'endsAt',
    });
  }
  if (minutes > MAX_MEETING_MINUTES) {
    throw new AppError(
      'BAD_REQUEST',
      `A meeting can be at most ${MAX_MEETING_MINUTES / 60} hours long. Split a longer conversation into two meetings.`,
      { field: 'endsAt' },
    );
  }
  const now = clock.now().getTime();
  if (startsAt.getTime() < now - PAST_TOLERANCE_MS) {
    throw new AppError('BAD_REQUEST', 'That start time has already passed. Choose a time in the future.', {
      field: 'startsAt',
    });
  }
  if (startsAt.getTime() > now + MAX_DAYS_AHEAD * 86_400_000) {
    throw new AppError('BAD_REQUEST', 'Meetings can be scheduled up to one year ahead. Choose an earlier date.', {
      field: 'startsAt',
    });
  }
}
