import { DateTime, IANAZone } from 'luxon';
import { AppError } from '../errors.ts';

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * A wall-clock date and time in a zone, as an instant. Refuses times that do not exist (the hour
 * skipped when clocks go forward) rather than silently moving them.
 */
export function zonedDateTime(date: string, time: string, zone: string): Date {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) throw new AppError('BAD_REQUEST', `${date} ${time} is not a valid date and time.`);
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) {
    throw new AppError(
      'BAD_REQUEST',
      `${time} does not exist on ${date} in ${zone} because the clocks change that night. Choose another time.`,
    );
  }
  return local.toJSDate();
}

/** "Tue 24 Nov, 17:00" in the branch's zone, for emails and messages. */
export function formatInZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('ccc d LLL yyyy, HH:mm');
}

export function formatTimeInZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}
