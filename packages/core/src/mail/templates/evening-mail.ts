import { formatClock, formatClockSpan } from '@edutrack/i18n';
import { meetingWhen, momentFor, namesFor, type Reader } from '../reader.ts';
import { renderEmail, type RenderedEmail, type SchoolLine } from './layout.ts';

export interface EveningLine {
  startsAt: Date;
  endsAt: Date;
  teacherNames: string[];
  studentName: string;
}

/** The family's whole evening in one email, in time order; the attached calendar file holds all of it. */
export function eveningConfirmationEmail(input: {
  from: SchoolLine;
  reader: Reader;
  eveningName: string;
  parentName: string;
  meetings: EveningLine[];
  link: string;
}): RenderedEmail {
  const { meetings: ms, reader, eveningName: evening } = input;
  const { t } = reader;
  return renderEmail(
    input.from,
    t('evening.confirmSubject', { evening, count: ms.length, when: momentFor(reader, ms[0]!.startsAt) }),
    t('mail.greeting', { name: input.parentName }),
    [
      { p: t('evening.confirmIntro', { evening, zone: reader.time.zone }) },
      {
        list: ms.map((m) =>
          t('evening.confirmItem', {
            span: formatClockSpan(m.startsAt, m.endsAt, reader.time),
            teachers: namesFor(reader, m.teacherNames),
            student: m.studentName,
          }),
        ),
      },
      { link: { label: t('evening.openEvening'), url: input.link } },
      { note: t('evening.confirmNote') },
    ],
    reader.language,
  );
}

/** A teacher asked to see the family: they may book now, before general opening. */
export function eveningInvitationEmail(input: {
  from: SchoolLine;
  reader: Reader;
  eveningName: string;
  parentName: string;
  teacherName: string;
  studentName: string;
  mayBookFrom: Date;
  link: string;
}): RenderedEmail {
  const { reader, eveningName: evening, teacherName: teacher } = input;
  const { t } = reader;
  return renderEmail(
    input.from,
    t('evening.invitationSubject', { teacher, evening }),
    t('mail.greeting', { name: input.parentName }),
    [
      { p: t('evening.invitationBody', { teacher, student: input.studentName, evening }) },
      { p: t('evening.invitationEarly', { when: momentFor(reader, input.mayBookFrom) }) },
      { link: { label: t('evening.bookMeetings'), url: input.link } },
    ],
    reader.language,
  );
}

/** A waiting-list offer: a slot is held for them until `heldUntil`, then it passes on. */
export function waitlistOfferEmail(input: {
  from: SchoolLine;
  reader: Reader;
  eveningName: string;
  parentName: string;
  teacherName: string;
  studentName: string;
  slot: { startsAt: Date; endsAt: Date };
  heldUntil: Date;
  link: string;
}): RenderedEmail {
  const { reader, teacherName: teacher } = input;
  const { t } = reader;
  const when = meetingWhen(reader, input.slot);
  return renderEmail(
    input.from,
    t('evening.offerSubject', { teacher, when: momentFor(reader, input.slot.startsAt) }),
    t('mail.greeting', { name: input.parentName }),
    [
      { p: t('evening.offerBody', { teacher, student: input.studentName, evening: input.eveningName }) },
      {
        list: [
          t('evening.offerWhen', { when }),
          t('evening.offerHeld', { time: formatClock(input.heldUntil, reader.time) }),
        ],
      },
      { link: { label: t('evening.offerConfirm'), url: input.link } },
      { note: t('evening.offerNote') },
    ],
    reader.language,
  );
}
