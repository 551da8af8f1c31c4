import type { Reader } from '../reader.ts';
import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

/** A parent's one-time sign-in link. */
export function signInLinkEmail(input: {
  from: SchoolLine;
  reader: Reader;
  name: string;
  link: string;
}): RenderedEmail {
  const { t } = input.reader;
  return renderEmail(
    input.from,
    t('mail.signInSubject'),
    t('mail.greeting', { name: input.name }),
    [
      { p: t('mail.signInBody') },
      { link: { label: t('mail.signInButton'), url: input.link } },
      { note: t('mail.signInIgnore') },
    ],
    input.reader.language,
  );
}
