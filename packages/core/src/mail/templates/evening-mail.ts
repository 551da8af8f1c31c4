import { formatInZone, formatTimeInZone } from '../../time/time-zones.ts';
import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

export interface EveningLine {
  startsAt: Date;
  endsAt: Date;
  withWhom: string;
  studentName: string;
}

/** The family's whole evening in one email, in time order; the attached calendar file holds all of it. */
export function eveningConfirmationEmail(input: {
  from: SchoolLine;
  eveningName: string;
  parentName: string;
  timeZone: string;
  meetings: EveningLine[];
  link: string;
}): RenderedEmail {
  const { meetings: ms, timeZone } = input;
  const first = ms[0]!;
  return renderEmail(
    input.from,
    `Booked: ${input.eveningName}, ${ms.length} meeting${ms.length === 1 ? '' : 's'} from ${formatInZone(first.startsAt, timeZone)}`,
    `Hello ${input.parentName},`,
    [
      { p: `Your meetings at ${input.eveningName} are booked. Times are in ${timeZone}.` },
      {
        list: ms.map(
          (m) =>
            `${formatTimeInZone(m.startsAt, timeZone)}–${formatTimeInZone(m.endsAt, timeZone)}: ${m.withWhom}, about ${m.studentName}`,
        ),
      },
      { link: { label: 'Open your evening', url: input.link } },
      {
        note: '"Join Video Call" opens 5 minutes before each meeting. The attached calendar file adds every meeting to your calendar.',
      },
    ],
  );
}

/** A teacher asked to see the family: they may book now, before general opening. */
export function eveningInvitationEmail(input: {
  from: SchoolLine;
  eveningName: string;
  parentName: string;
  teacherName: string;
  studentName: string;
  mayBookFrom: string;
  link: string;
}): RenderedEmail {
  return renderEmail(
    input.from,
    `${input.teacherName} would like to see you at ${input.eveningName}`,
    `Hello ${input.parentName},`,
    [
      { p: `${input.teacherName} would like to meet you about ${input.studentName} at ${input.eveningName}.` },
      { p: `You can book before everyone else, from ${input.mayBookFrom}.` },
      { link: { label: 'Book your meetings', url: input.link } },
    ],
  );
}

/** A waiting-list offer: a slot is held for them until `heldUntil`, then it passes on. */
export function waitlistOfferEmail(input: {
  from: SchoolLine;
  eveningName: string;
  parentName: string;
  teacherName: string;
  studentName: string;
  when: string;
  heldUntil: string;
  link: string;
}): RenderedEmail {
  return renderEmail(
    input.from,
    `A time with ${input.teacherName} is free: ${input.when}`,
    `Hello ${input.parentName},`,
    [
      { p: `A meeting with ${input.teacherName} about ${input.studentName} at ${input.eveningName} has freed up.` },
      { list: [`When: ${input.when}`, `Held for you until: ${input.heldUntil}`] },
      { link: { label: 'Confirm this time', url: input.link } },
      { note: 'If you do not confirm by then, the time is offered to the next family on the waiting list.' },
    ],
  );
}
