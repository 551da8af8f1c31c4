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

// Building an Intl formatter (and checking its zone) is the expensive part of formatting a time;
// every booking's email formats a few, so formatters are kept per zone.
const formatters = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formattersFor(zone: string) {
  let cached = formatters.get(zone);
  if (!cached) {
    cached = {
      day: new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: zone,
      }),
      time: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
    };
    formatters.set(zone, cached);
  }
  return cached;
}

/** "Tue 24 Nov 2026, 17:00" in the branch's zone, for emails and messages. */
export function formatInZone(instant: Date, zone: string): string {
  const { day, time } = formattersFor(zone);
  return `${day.format(instant).replace(',', '')}, ${time.format(instant)}`;
}

export function formatTimeInZone(instant: Date, zone: string): string {
  return formattersFor(zone).time.format(instant);
}
