import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';

/**
 * The forms and the server keep dates as 'YYYY-MM-DD' and times as 'HH:mm'; React Aria's fields hold
 * `CalendarDate` and `Time`. An empty or incomplete field is '' on the form's side and null on theirs;
 * a form's field left partly typed is PARTLY_TYPED, which its schema refuses (date-time-schema.ts).
 */
export const PARTLY_TYPED = 'partly-typed';

export function calendarDateOf(text: string | undefined): CalendarDate | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

export function timeOf(text: string | undefined): Time | null {
  if (!text || !/^\d{2}:\d{2}$/.test(text)) return null;
  try {
    return parseTime(text);
  } catch {
    return null;
  }
}

export const dateText = (date: CalendarDate | null): string => date?.toString() ?? '';

/** 'HH:mm': `Time.toString()` adds seconds. */
export const timeText = (time: Time | null): string =>
  time ? `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}` : '';
