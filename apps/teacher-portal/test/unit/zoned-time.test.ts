import { describe, expect, it } from 'vitest';
import { addDays, dayRange, todayIn, wallClockIn, zonedInstant } from '../../src/lib/zoned-time.ts';

describe('times typed in the branch zone', () => {
  it('turns a date and time in the branch zone into the right instant', () => {
    expect(zonedInstant('2030-03-05', '17:00', 'Europe/London')?.toISOString()).toBe('2030-03-05T17:00:00.000Z');
    expect(zonedInstant('2030-07-05', '17:00', 'Europe/London')?.toISOString()).toBe('2030-07-05T16:00:00.000Z');
    expect(zonedInstant('2030-07-05', '17:00', 'America/New_York')?.toISOString()).toBe('2030-07-05T21:00:00.000Z');
  });

  it('refuses a time the clocks skip and an impossible date', () => {
    // Clocks go forward at 01:00 on 31 March 2030 in London.
    expect(zonedInstant('2030-03-31', '01:30', 'Europe/London')).toBeNull();
    expect(zonedInstant('2030-02-30', '10:00', 'Europe/London')).toBeNull();
    expect(zonedInstant('', '10:00', 'Europe/London')).toBeNull();
  });

  it('computes a day of the branch calendar, including the short day of a clock change', () => {
    expect(dayRange('2030-03-05', 'America/New_York')).toEqual({
      from: '2030-03-05T05:00:00.000Z',
      to: '2030-03-06T05:00:00.000Z',
    });
    expect(dayRange('2030-03-31', 'Europe/London')).toEqual({
      from: '2030-03-31T00:00:00.000Z',
      to: '2030-03-31T23:00:00.000Z',
    });
  });

  it('knows which day it is in the branch, and reads instants back as wall-clock times', () => {
    const lateEvening = new Date('2030-03-06T03:30:00Z');
    expect(todayIn('America/Los_Angeles', lateEvening)).toBe('2030-03-05');
    expect(todayIn('Europe/London', lateEvening)).toBe('2030-03-06');
    expect(addDays('2030-02-28', 1)).toBe('2030-03-01');
    expect(wallClockIn('2030-07-05T16:00:00Z', 'Europe/London')).toEqual({ date: '2030-07-05', time: '17:00' });
  });
});
