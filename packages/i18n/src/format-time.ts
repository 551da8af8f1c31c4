/**
 * The one place dates and times become text, through Intl in a locale and the school's time zone, so
 * every screen, email and notification reads the same way ("Tue 1 Dec, 13:50" at a UK school).
 * Words around the values ("London time", "your time") belong to the message catalogs, not here.
 */

/** A locale to format in (see formattingLocale) and the IANA zone the time is read in. */
export interface TimeStyle {
  locale: string;
  zone: string;
}

type Instant = string | Date;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(style: TimeStyle, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${style.locale}|${style.zone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(style.locale, { ...options, timeZone: style.zone });
    cache.set(key, format);
  }
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const FULL_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

const twoDigitHours = new Map<string, boolean>();
/**
 * Whether the locale's own short time writes the hour with two digits: "09:05" in the UK and Poland,
 * "9:05" in Spain, "9:05 AM" in the US. Clock times and time fields follow it. A fixed '2-digit' wrote
 * "09:05 AM" for a US school, while the same school's ranges, which follow the locale's own range
 * patterns, read "9:05 – 9:20 AM".
 */
export function hourHasTwoDigits(locale: string): boolean {
  let twoDigits = twoDigitHours.get(locale);
  if (twoDigits === undefined) {
    const hour = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' })
      .formatToParts(Date.UTC(2000, 0, 1, 9, 5))
      .find((part) => part.type === 'hour')?.value;
    twoDigits = hour?.length === 2;
    twoDigitHours.set(locale, twoDigits);
  }
  return twoDigits;
}
const clock = (locale: string): Intl.DateTimeFormatOptions => ({
  hour: hourHasTwoDigits(locale) ? '2-digit' : 'numeric',
  minute: '2-digit',
});
const dayAndClock = (locale: string, year = false): Intl.DateTimeFormatOptions => ({
  ...DAY,
  ...clock(locale),
  ...(year ? { year: 'numeric' } : {}),
});

/** "Tue 1 Dec" */
export function formatDay(instant: Instant, style: TimeStyle): string {
  return formatter(style, DAY).format(new Date(instant));
}

/** "Tuesday 1 December": day headings. */
export function formatLongDay(instant: Instant, style: TimeStyle): string {
  return formatter(style, LONG_DAY).format(new Date(instant));
}

/** "Tuesday 1 December 2026": emails, which may be read long after. */
export function formatFullDate(instant: Instant, style: TimeStyle): string {
  return formatter(style, FULL_DATE).format(new Date(instant));
}

/** "13:50" (or "1:50 PM" where the 12-hour clock is the custom). */
export function formatClock(instant: Instant, style: TimeStyle): string {
  return formatter(style, clock(style.locale)).format(new Date(instant));
}

/** "Tue 1 Dec, 13:50" */
export function formatDayAndClock(instant: Instant, style: TimeStyle): string {
  return formatter(style, dayAndClock(style.locale)).format(new Date(instant));
}

/** "Tue 1 Dec 2026, 13:50": a moment that may be months away (when booking opens). */
export function formatDatedClock(instant: Instant, style: TimeStyle): string {
  return formatter(style, dayAndClock(style.locale, true)).format(new Date(instant));
}

/** "Tue 1 Dec, 13:50–14:00": a meeting, the way the locale writes a range (with the year in emails). */
export function formatMeetingSpan(start: Instant, end: Instant, style: TimeStyle, withYear = false): string {
  return formatter(style, dayAndClock(style.locale, withYear)).formatRange(new Date(start), new Date(end));
}

/** "13:50–14:00" */
export function formatClockSpan(start: Instant, end: Instant, style: TimeStyle): string {
  return formatter(style, clock(style.locale)).formatRange(new Date(start), new Date(end));
}

/** "Tue 1 Dec" for a calendar date "YYYY-MM-DD" (no zone: it already is a local date). */
export function formatCalendarDay(date: string, locale: string, long = false): string {
  const noon = `${date}T12:00:00Z`;
  return long ? formatLongDay(noon, { locale, zone: 'UTC' }) : formatDay(noon, { locale, zone: 'UTC' });
}

/** "in 12 minutes" */
export function formatMinutesAway(minutes: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(minutes, 'minute');
}

/** "YYYY-MM-DD" of an instant in a zone: date inputs and grouping by day. */
export function calendarDateIn(instant: Instant, zone: string): string {
  return formatter({ locale: 'en-CA', zone }, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "Europe/London" → "London": how people name a time zone. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
