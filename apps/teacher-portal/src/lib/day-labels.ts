import { formatCalendarDay } from '@edutrack/i18n';
import { addDays } from './zoned-time.ts';

/** "Today, Tue 24 Nov", "Tomorrow, Wed 25 Nov", or just "Thu 26 Nov" (in the branch's locale). */
export function relativeDayLabel(date: string, today: string, locale: string): string {
  const day = formatCalendarDay(date, locale);
  if (date === today) return `Today, ${day}`;
  if (date === addDays(today, 1)) return `Tomorrow, ${day}`;
  return day;
}

export const isCalendarDate = (value: string | null | undefined): value is string =>
  Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));
