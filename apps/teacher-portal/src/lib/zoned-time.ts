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

/** "HH:MM" that many minutes after a typed "HH:MM" (within the day), or undefined when it is not a time yet. */
export function minutesAfter(time: string | undefined, minutes: number): string | undefined {
  const [h, m] = (time ?? '').split(':').map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m) || !Number.isFinite(minutes))
    return undefined;
  const total = h * 60 + m + minutes;
  if (total >= 24 * 60) return undefined;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
