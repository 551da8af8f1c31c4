import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarInvite } from '../src/index.ts';
import { meetingWhen, readerOf } from '../src/mail/reader.ts';

const meeting = (startsAt: string, endsAt: string, sequence = 0) => ({
  appointmentId: '5f0c8c1e-8b4e-4f57-9a43-0a4b7c1f2d10',
  sequence,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  summary: 'Parent-teacher meeting: Sam (Ms. Rivera and Li Chen)',
  description: 'Join from EduTrack Meet',
  url: 'https://meet.school.test/parent/meetings/5f0c8c1e-8b4e-4f57-9a43-0a4b7c1f2d10',
  organizer: { name: 'Ms. Rivera', email: 'rivera@school.test' },
  attendees: [
    { name: 'Li Chen', email: 'li@family.test' },
    { name: 'Ms. Rivera', email: 'rivera@school.test' },
  ],
});
const options = { domain: 'meet.school.test', now: new Date('2030-03-01T09:00:00Z') };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('calendar invites (validated with ical.js)', () => {
  it('a REQUEST names organizer and attendees, with a stable UID and the given SEQUENCE', () => {
    const first = parse(
      calendarInvite(meeting('2030-03-05T17:00:00Z', '2030-03-05T17:10:00Z'), 'REQUEST', options).ics,
    );
    const moved = parse(
      calendarInvite(meeting('2030-03-06T17:00:00Z', '2030-03-06T17:10:00Z', 1), 'REQUEST', options).ics,
    );
    expect(first.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(first.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(first.event.uid).toBe('meeting-5f0c8c1e-8b4e-4f57-9a43-0a4b7c1f2d10@meet.school.test');
    expect(moved.event.uid).toBe(first.event.uid);
    expect([first.event.sequence, moved.event.sequence]).toEqual([0, 1]);
    expect(String(first.vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:rivera@school.test');
    expect(first.event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:li@family.test',
      'mailto:rivera@school.test',
    ]);
    expect(first.vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(moved.event.startDate.toJSDate().toISOString()).toBe('2030-03-06T17:00:00.000Z');
  });

  it('a CANCEL carries the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const cancel = parse(
      calendarInvite(meeting('2030-03-05T17:00:00Z', '2030-03-05T17:10:00Z', 2), 'CANCEL', options).ics,
    );
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.sequence).toBe(2);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('times are absolute (UTC) across a DST change, and the email names the local times correctly', () => {
    // Clocks in London go from 01:00 GMT to 02:00 BST at 01:00 UTC on 31 March 2030.
    const london = parse(
      calendarInvite(meeting('2030-03-31T00:50:00Z', '2030-03-31T01:10:00Z'), 'REQUEST', options).ics,
    );
    expect(london.event.startDate.zone?.tzid).toBe('UTC');
    expect(london.event.startDate.toJSDate().toISOString()).toBe('2030-03-31T00:50:00.000Z');
    expect(london.event.endDate.toJSDate().toISOString()).toBe('2030-03-31T01:10:00.000Z');
    expect(london.event.duration.toSeconds()).toBe(20 * 60);
    expect(
      meetingWhen(readerOf('en', { locale: 'en-GB', timeZone: 'Europe/London' }), {
        startsAt: new Date('2030-03-31T00:50:00Z'),
        endsAt: new Date('2030-03-31T01:10:00Z'),
      }),
    ).toBe('Sun, 31 Mar 2030, 00:50–02:10 (Europe/London)');
    // New York falls back at 06:00 UTC on 3 November 2030: 01:30 happens twice; the instant decides.
    const newYork = parse(
      calendarInvite(meeting('2030-11-03T06:30:00Z', '2030-11-03T06:40:00Z'), 'REQUEST', options).ics,
    );
    expect(newYork.event.startDate.toJSDate().toISOString()).toBe('2030-11-03T06:30:00.000Z');
    expect(
      meetingWhen(readerOf('en', { locale: 'en-US', timeZone: 'America/New_York' }), {
        startsAt: new Date('2030-11-03T06:30:00Z'),
        endsAt: new Date('2030-11-03T06:40:00Z'),
      }),
    ).toBe('Sun, Nov 3, 2030, 1:30 – 1:40 AM (America/New_York)');
  });
});
