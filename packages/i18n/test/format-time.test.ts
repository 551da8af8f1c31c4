import { describe, expect, it } from 'vitest';
import { formatClock, formatClockSpan, formatDayAndClock, formatMeetingSpan } from '../src/format-time.ts';

const start = '2030-03-12T09:05:00Z';
const end = '2030-03-12T09:20:00Z';
const evening = '2030-03-12T18:30:00Z';
// Intl puts thin and narrow no-break spaces around the dash and before AM; a reader sees spaces.
const read = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

describe('clock times', () => {
  // A time on its own and a span of times read the same way in each school's style.
  it.each([
    ['en-US', '9:05 AM', '6:30 PM', '9:05 – 9:20 AM'],
    ['en-GB', '09:05', '18:30', '09:05–09:20'],
    ['es', '9:05', '18:30', '9:05–9:20'],
    ['pl', '09:05', '18:30', '09:05–09:20'],
    ['uk', '09:05', '18:30', '09:05–09:20'],
    ['ar', '9:05 ص', '6:30 م', '9:05–9:20 ص'],
  ])('%s: %s, %s and %s', (locale, morning, night, span) => {
    const style = { locale, zone: 'UTC' };
    expect(read(formatClock(start, style))).toBe(morning);
    expect(read(formatClock(evening, style))).toBe(night);
    expect(read(formatClockSpan(start, end, style))).toBe(span);
  });

  it('a meeting with its day writes the hour as the time alone does', () => {
    const us = { locale: 'en-US', zone: 'America/New_York' };
    expect(read(formatDayAndClock(start, us))).toBe('Tue, Mar 12, 5:05 AM');
    expect(read(formatMeetingSpan(start, end, us))).toBe('Tue, Mar 12, 5:05 – 5:20 AM');
    const uk = { locale: 'en-GB', zone: 'Europe/London' };
    expect(read(formatDayAndClock(start, uk))).toBe('Tue 12 Mar, 09:05');
    expect(read(formatMeetingSpan(start, end, uk))).toBe('Tue 12 Mar, 09:05–09:20');
  });
});
