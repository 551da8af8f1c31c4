import { describe, expect, it } from 'vitest';
import { eveningCalendar, eveningCalendarFileName } from '../../src/features/calendar/evening-calendar.ts';

const meeting = (id: string, start: string, end: string, teacher: string, child: string) => ({
  appointmentId: id,
  startsAt: start,
  endsAt: end,
  teachers: [{ displayName: teacher }],
  studentName: child,
});

describe("one calendar file for a family's whole evening", () => {
  it('has an event per meeting, in order, and one reminder before the first', () => {
    const meetings = [
      meeting('a1', '2030-01-22T16:00:00.000Z', '2030-01-22T16:05:00.000Z', 'Ms. Rivera', 'Maya Chen'),
      meeting('a2', '2030-01-22T16:05:00.000Z', '2030-01-22T16:10:00.000Z', 'Mr. Okafor', 'Sam Chen'),
    ];
    const ics = eveningCalendar({ name: 'Spring evening' }, meetings, {
      appUrl: 'https://meet.example/parent/',
      now: new Date('2030-01-15T18:01:00Z'),
    }).replace(/\r\n /g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect([...ics.matchAll(/SUMMARY:(.*)\r\n/g)].map((m) => m[1])).toEqual([
      'Spring evening: Maya Chen with Ms. Rivera',
      'Spring evening: Sam Chen with Mr. Okafor',
    ]);
    expect(ics).toContain('UID:a1@edutrack-meet');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(1);
    expect(eveningCalendarFileName(meetings)).toBe('parents-evening-2030-01-22.ics');
  });
});
