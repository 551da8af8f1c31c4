import { calendarDateIn, formatClock, formatDayAndClock, formatLongDay, type TimeStyle } from '@edutrack/i18n';

/** "16:55" on the same day as `now` (in the zone), otherwise "Tue 24 Nov, 16:55". */
export function formatMoment(instant: Date, style: TimeStyle, now: Date): string {
  return calendarDateIn(instant, style.zone) === calendarDateIn(now, style.zone)
    ? formatClock(instant, style)
    : formatDayAndClock(instant, style);
}

/** "Tuesday 24 November": day headings, in the reader's language and the school's zone. */
export const formatDayHeading = (date: Date, style: TimeStyle): string => formatLongDay(date, style);
