import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

/** A new staff account's invitation, or a password reset: both set a password from a one-time link. */
export function staffPasswordEmail(input: {
  from: SchoolLine;
  name: string;
  link: string;
  reason: 'invite' | 'reset';
}): RenderedEmail {
  const invite = input.reason === 'invite';
  return renderEmail(
    input.from,
    invite ? 'You have been invited to EduTrack Meet' : 'Reset your EduTrack Meet password',
    `Hello ${input.name},`,
    [
      {
        p: invite
          ? 'Your school has created an EduTrack Meet account for you. Choose a password to start (the link works once, for 7 days).'
          : 'Choose a new password here (the link works once, for 7 days).',
      },
      { link: { label: 'Choose a password', url: input.link } },
      ...(invite
        ? []
        : [{ note: "If you didn't ask for a new password, ignore this email: your password stays as it is." }]),
    ],
  );
}
