import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

/** "Maya", "Maya and Leo", "Maya, Leo and Sam". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** An admin's reminder to a parent who has not booked a meeting yet. */
export function bookingNudgeEmail(input: {
  from: SchoolLine;
  parentName: string;
  children: string[];
  link: string;
}): RenderedEmail {
  const children = listNames(input.children);
  return renderEmail(input.from, `Please book your meeting about ${children}`, `Hello ${input.parentName},`, [
    { p: `You have not booked a meeting about ${children} yet. Teachers have published times for parent meetings.` },
    { link: { label: 'Book a meeting', url: input.link } },
    { note: 'Choose a time that suits you; you can move or cancel it later in the app.' },
  ]);
}
