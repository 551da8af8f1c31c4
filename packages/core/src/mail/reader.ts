import {
  formatDayAndClock,
  formatMeetingSpan,
  formattingLocale,
  isLanguage,
  type Language,
  type TimeStyle,
} from '@edutrack/i18n';
import { mailMessages } from './mail-messages.ts';

/** Who reads a message: their language, and the zone and regional style its times are written in. */
export interface Reader {
  language: Language;
  time: TimeStyle;
  t: (key: string, values?: Record<string, unknown>) => string;
}

/**
 * A parent reads their chosen language (English until they choose); staff read their school's. Times
 * are always in the branch's zone, in the school's regional style when the language matches it.
 */
export function readerOf(chosen: string | null | undefined, branch: { locale: string; timeZone: string }): Reader {
  const schoolLanguage = branch.locale.split('-')[0];
  const language: Language = isLanguage(chosen) ? chosen : isLanguage(schoolLanguage) ? schoolLanguage : 'en';
  const messages = mailMessages(language);
  return {
    language,
    time: { locale: formattingLocale(language, branch.locale), zone: branch.timeZone },
    t: (key, values) => messages._(key, values),
  };
}

/** "Tue, 24 Nov 2026, 17:00–17:10 (Europe/London)": the branch's zone, named; the year, as mail is kept. */
export function meetingWhen(reader: Reader, m: { startsAt: Date; endsAt: Date }): string {
  return reader.t('mail.when', {
    span: formatMeetingSpan(m.startsAt, m.endsAt, reader.time, true),
    zone: reader.time.zone,
  });
}

/** "Tue 24 Nov, 17:00" */
export function momentFor(reader: Reader, instant: Date): string {
  return formatDayAndClock(instant, reader.time);
}

/** "tomorrow", "in 3 days", "in 1 hour": how far ahead a reminder was set, in the reader's language. */
export function leadFor(reader: Reader, offsetMinutes: number): string {
  const format = new Intl.RelativeTimeFormat(reader.time.locale, { numeric: 'auto' });
  if (offsetMinutes % 1440 === 0) return format.format(offsetMinutes / 1440, 'day');
  if (offsetMinutes % 60 === 0) return format.format(offsetMinutes / 60, 'hour');
  return format.format(offsetMinutes, 'minute');
}

/** "Maya", "Maya and Leo", "Maya, Leo and Sam": the reader's own way of joining names. */
export function namesFor(reader: Reader, names: string[]): string {
  return new Intl.ListFormat(reader.time.locale, { type: 'conjunction' }).format(names);
}
