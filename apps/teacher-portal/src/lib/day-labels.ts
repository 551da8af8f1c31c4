import { addDays, formatDayLabel } from './zoned-time.ts';

/** "Today, Tue 24 Nov", "Tomorrow, Wed 25 Nov", or just "Thu 26 Nov". */
export function relativeDayLabel(date: string, today: string): string {
  if (date === today) return `Today, ${formatDayLabel(date)}`;
  if (date === addDays(today, 1)) return `Tomorrow, ${formatDayLabel(date)}`;
  return formatDayLabel(date);
}

export const isCalendarDate = (value: string | null | undefined): value is string =>
  Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));
