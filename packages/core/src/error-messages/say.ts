import { fileURLToPath } from 'node:url';
import { formatClock, formatClockSpan, formatDatedClock, formattingLocale, type CatalogLocale } from '@edutrack/i18n';
import { serverMessages } from '@edutrack/i18n/node';
import type english from './locales/en/errors.json';

/** A sentence of ours that a parent or an invited guest may read (locales/<language>/errors.json). */
export type ErrorKey = keyof typeof english;

/** A school as its times are written: its zone, and its regional style for readers of its language. */
export interface SchoolTime {
  locale: string;
  timeZone: string;
}

/** A moment inside a sentence ("opens at 16:55"), written out for each reader. */
export interface Moment {
  at: Date;
  /** For a span ("16:00–16:10"). */
  until?: Date;
  school: SchoolTime;
  show: 'clock' | 'datedClock' | 'span';
}

type Value = string | number | Moment;

/**
 * A sentence by its key and values, not yet in any language: a refusal is thrown before anyone knows who
 * will read it, and the API writes it out in the language of the app that asked (error-formatter.ts).
 */
export interface Said {
  key: ErrorKey;
  values?: Record<string, Value>;
}

export const said = (key: ErrorKey, values?: Record<string, Value>): Said => ({ key, values });

/** "16:55" ("Tue 1 Dec 2026, 16:55", "16:55–17:05") in the school's zone, the reader's language and the school's style. */
export const moment = (at: Date, school: SchoolTime, show: Moment['show'] = 'clock', until?: Date): Moment => ({
  at,
  until,
  school: { locale: school.locale, timeZone: school.timeZone },
  show,
});

const messages = serverMessages(fileURLToPath(new URL('./locales', import.meta.url)));

export function sayIn(locale: CatalogLocale, sentence: Said): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.values ?? {})) {
    values[name] = typeof value === 'object' ? momentIn(locale, value) : value;
  }
  return messages(locale)._(sentence.key, values);
}

function momentIn(locale: CatalogLocale, { at, until, school, show }: Moment): string {
  const style = { locale: formattingLocale(locale, school.locale), zone: school.timeZone };
  if (show === 'span' && until) return formatClockSpan(at, until, style);
  return show === 'datedClock' ? formatDatedClock(at, style) : formatClock(at, style);
}

/** Whether a text is one of our catalog keys (a schema's message may be one). */
export function isErrorKey(text: string): text is ErrorKey {
  return text.startsWith('errors.') && text in messages('en').messages;
}
