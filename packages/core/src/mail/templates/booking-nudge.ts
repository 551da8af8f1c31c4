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
  /** The parents' evening to book, by name; null: meetings in general. */
  evening: string | null;
  link: string;
}): RenderedEmail {
  const children = listNames(input.children);
  const subject = input.evening
    ? `Please book your ${input.evening} meetings about ${children}`
    : `Please book your meeting about ${children}`;
  return renderEmail(input.from, subject, `Hello ${input.parentName},`, [
    {
      p: input.evening
        ? `You have not booked a meeting about ${children} at ${input.evening} yet. The teachers' times are open for booking.`
        : `You have not booked a meeting about ${children} yet. Teachers have published times for parent meetings.`,
    },
    { link: { label: 'Book a meeting', url: input.link } },
    { note: 'Choose a time that suits you; you can move or cancel it later in the app.' },
  ]);
}
