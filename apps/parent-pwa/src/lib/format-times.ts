import { calendarDateIn, formatTimeWithZone } from '@edutrack/web-kit';

/**
 * "16:55" on the same day as `now` (in the zone), otherwise "Tue 24 Nov, 16:55"; the zone is named
 * when the device is set to another one ("16:55 London time (11:55 your time)").
 */
export function formatMoment(instant: Date, zone: string, now: Date): string {
  const time = formatTimeWithZone(instant, zone);
  if (calendarDateIn(instant, zone) === calendarDateIn(now, zone)) return time;
  const day = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  }).format(instant);
  return `${day}, ${time}`;
}

/** "Tuesday 24 November" for day headings in the branch's zone. */
export function formatDayHeading(date: Date, zone: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone }).format(
    date,
  );
}

/** "in 12 min" for waits under an hour, else nothing (the clock time says enough). */
export function minutesAway(ms: number): string | null {
  if (ms <= 0 || ms >= 60 * 60_000) return null;
  const minutes = Math.ceil(ms / 60_000);
  return `in ${minutes} min`;
}
