import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

/** A parent's one-time sign-in link. */
export function signInLinkEmail(input: { from: SchoolLine; name: string; link: string }): RenderedEmail {
  return renderEmail(input.from, 'Your EduTrack Meet sign-in link', `Hello ${input.name},`, [
    { p: 'Open this link on your phone to sign in to EduTrack Meet. It works once, for the next 15 minutes.' },
    { link: { label: 'Sign in', url: input.link } },
    { note: "If you didn't ask for this, you can ignore this email: nobody can sign in without the link." },
  ]);
}
