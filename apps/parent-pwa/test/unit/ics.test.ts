import { renderHook } from '@testing-library/react';
import { switchLocale } from '@edutrack/i18n/browser';
import { useT } from '@edutrack/i18n/react';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, utcDateTime } from '../../src/features/calendar/ics.ts';
import { meetingCalendar, meetingCalendarFileName } from '../../src/features/calendar/meeting-calendar.ts';
import { meeting } from './support/fixtures.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('the ICS generator', () => {
  it('writes UTC date-times in basic format', () => {
    expect(utcDateTime(new Date('2030-11-05T17:00:00.000Z'))).toBe('20301105T170000Z');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'Größe und Gewicht – 😀 '.repeat(12)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('never cuts an emoji in half, wherever the fold falls', () => {
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const prefix of ['', 'x', 'xx', 'xxx']) {
      const folded = foldLine(`SUMMARY:${prefix}${'😀'.repeat(40)}`).split('\r\n');
      for (const part of folded) {
        expect(part).not.toMatch(loneSurrogate);
        expect(octets(part)).toBeLessThanOrEqual(75);
      }
    }
  });

  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:Hi')).toBe('SUMMARY:Hi');
  });

  it('builds one event with CRLF line ends and the required properties', () => {
    const ics = buildCalendar({
      uid: 'abc@edutrack-meet',
      start: new Date('2030-01-15T10:00:00Z'),
      end: new Date('2030-01-15T10:15:00Z'),
      stamp: new Date('2030-01-01T08:30:00Z'),
      summary: 'Meeting; with, Ms. Rivera',
      reminderMinutes: 10,
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//EduTrack Meet//Parent app//EN');
    expect(lines).toContain('UID:abc@edutrack-meet');
    expect(lines).toContain('DTSTAMP:20300101T083000Z');
    expect(lines).toContain('DTSTART:20300115T100000Z');
    expect(lines).toContain('DTEND:20300115T101500Z');
    expect(lines).toContain('SUMMARY:Meeting\\; with\\, Ms. Rivera');
    expect(lines).toContain('TRIGGER:-PT10M');
    expect(lines.filter((l) => l.startsWith('BEGIN:')).length).toBe(lines.filter((l) => l.startsWith('END:')).length);
  });
});

describe('a meeting as a calendar file', () => {
  it('uses the meeting id as UID and links back to the meeting in the app', () => {
    const m = meeting({ topic: 'Reading, writing; and more' });
    const t = renderHook(() => useT()).result.current;
    const ics = unfold(
      meetingCalendar(m, { appUrl: 'https://school.example/parent/', now: new Date('2030-01-01T00:00:00Z'), t }),
    );
    expect(ics).toContain(`UID:${m.id}@edutrack-meet\r\n`);
    expect(ics).toContain('SUMMARY:Parent-teacher meeting: Maya Chen with Ms. Rivera\r\n');
    expect(ics).toContain('Topic: Reading\\, writing\\; and more\\n');
    expect(ics).toContain(`URL:https://school.example/parent/meetings/${m.id}\r\n`);
    expect(ics).toContain('DTSTART:20300115T100000Z\r\n');
  });

  it('is written in the language the parent reads the app in', async () => {
    await switchLocale('es');
    try {
      const t = renderHook(() => useT()).result.current;
      const ics = unfold(
        meetingCalendar(meeting({ topic: 'Lectura' }), {
          appUrl: 'https://school.example/parent/',
          now: new Date(),
          t,
        }),
      );
      expect(ics).toContain('SUMMARY:Reunión con el profesorado: Maya Chen con Ms. Rivera\r\n');
      expect(ics).toContain('DESCRIPTION:Tema: Lectura\\nÚnase a la videollamada');
      expect(ics).toContain('LOCATION:Videollamada de EduTrack Meet\r\n');
    } finally {
      await switchLocale('en');
    }
  });

  it('gets a file name people recognise', () => {
    expect(meetingCalendarFileName(meeting())).toBe('meeting-Ms-Rivera-2030-01-15.ics');
  });
});
