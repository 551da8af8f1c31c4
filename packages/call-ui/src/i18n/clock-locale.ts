import { formattingLocale, type TimeStyle } from '@edutrack/i18n';
import type { CallTicket } from '../call-ticket.ts';

/**
 * How call screens write clock times: in the school's style when the reader's language is the school's
 * (an English reader of a US school sees "5:10 PM", of a UK school "17:10"), else their language's own;
 * in the zone the app asks for, else the school's (the ticket carries both).
 */
export const callTimeStyle = (language: string, school: CallTicket['school'], zone?: string): TimeStyle => ({
  locale: formattingLocale(language, school.locale),
  zone: zone ?? school.timeZone,
});
