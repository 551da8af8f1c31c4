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
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DAY_AND_CLOCK: Intl.DateTimeFormatOptions = { ...DAY, ...CLOCK };
const DATED_SPAN: Intl.DateTimeFormatOptions = { ...DAY_AND_CLOCK, year: 'numeric' };

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

/** "13:50" (or "01:50 PM" where the 12-hour clock is the custom). */
export function formatClock(instant: Instant, style: TimeStyle): string {
  return formatter(style, CLOCK).format(new Date(instant));
}

/** "Tue 1 Dec, 13:50" */
export function formatDayAndClock(instant: Instant, style: TimeStyle): string {
  return formatter(style, DAY_AND_CLOCK).format(new Date(instant));
}

/** "Tue 1 Dec 2026, 13:50": a moment that may be months away (when booking opens). */
export function formatDatedClock(instant: Instant, style: TimeStyle): string {
  return formatter(style, DATED_SPAN).format(new Date(instant));
}

/** "Tue 1 Dec, 13:50–14:00": a meeting, the way the locale writes a range (with the year in emails). */
export function formatMeetingSpan(start: Instant, end: Instant, style: TimeStyle, withYear = false): string {
  return formatter(style, withYear ? DATED_SPAN : DAY_AND_CLOCK).formatRange(new Date(start), new Date(end));
}

/** "13:50–14:00" */
export function formatClockSpan(start: Instant, end: Instant, style: TimeStyle): string {
  return formatter(style, CLOCK).formatRange(new Date(start), new Date(end));
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
