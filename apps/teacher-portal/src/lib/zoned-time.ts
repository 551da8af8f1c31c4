import { DateTime } from 'luxon';

/**
 * Calendar maths in a branch's time zone. Dates are "YYYY-MM-DD" and times "HH:MM" as typed in
 * date and time inputs; instants travel to the API as UTC ISO strings.
 */

/** The instant a wall-clock date and time in `zone` stands for, or null if no such time exists there. */
export function zonedInstant(date: string, time: string, zone: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return null;
  // A time skipped when the clocks go forward (01:30 on that night) would silently move by an hour.
  if (local.toFormat('yyyy-MM-dd') !== date || local.toFormat('HH:mm') !== time) return null;
  return local.toJSDate();
}

/** The start and end of a calendar day in `zone`, as the API's `from` and `to`. */
export function dayRange(date: string, zone: string): { from: string; to: string } {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return { from: start.toUTC().toISO()!, to: start.plus({ days: 1 }).toUTC().toISO()! };
}

/** Today's date in `zone`. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** The date and time an instant reads as in `zone` (to prefill a form). */
export function wallClockIn(instant: string | Date, zone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(new Date(instant), { zone });
  return { date: local.toISODate()!, time: local.toFormat('HH:mm') };
}

export function minutesBetween(start: string | Date, end: string | Date): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}

/** "Tue 24 Nov" for a calendar date (no zone involved: it is already a local date). */
export function formatDayLabel(date: string, locale?: string): string {
  return DateTime.fromISO(date, { zone: 'utc' })
    .setLocale(locale ?? 'en-GB')
    .toFormat('ccc d LLL');
}
