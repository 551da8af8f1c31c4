import { namesFor, type Reader } from '../reader.ts';
import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

/** An admin's reminder to a parent who has not booked a meeting yet. */
export function bookingNudgeEmail(input: {
  from: SchoolLine;
  reader: Reader;
  parentName: string;
  children: string[];
  /** The parents' evening to book, by name; null: meetings in general. */
  evening: string | null;
  link: string;
}): RenderedEmail {
  const { reader, evening } = input;
  const { t } = reader;
  const children = namesFor(reader, input.children);
  return renderEmail(
    input.from,
    evening ? t('nudge.subjectEvening', { evening, children }) : t('nudge.subject', { children }),
    t('mail.greeting', { name: input.parentName }),
    [
      { p: evening ? t('nudge.bodyEvening', { evening, children }) : t('nudge.body', { children }) },
      { link: { label: t('nudge.book'), url: input.link } },
      { note: t('nudge.note') },
    ],
    reader.language,
  );
}
