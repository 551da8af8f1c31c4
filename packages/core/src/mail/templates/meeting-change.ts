import { meetingWhen, momentFor, type Reader } from '../reader.ts';
import { renderEmail, type Block, type RenderedEmail, type SchoolLine } from './layout.ts';

/** `now`: a teacher's "Meet now" call, starting this minute (the parent is asked to join at once). */
export type MeetingChange = 'scheduled' | 'rescheduled' | 'cancelled' | 'now';

export interface MeetingFacts {
  startsAt: Date;
  endsAt: Date;
  teacherName: string;
  parentName: string;
  studentName: string;
  cancelReason: string | null;
}

/**
 * A meeting was booked, moved or cancelled: one template for both sides, each in its reader's language.
 * The parent's copy of their own booking is their confirmation; the teacher hears of every change.
 */
export function meetingChangeEmail(input: {
  from: SchoolLine;
  change: MeetingChange;
  audience: 'parent' | 'teacher';
  reader: Reader;
  meeting: MeetingFacts;
  link: string;
}): RenderedEmail {
  const { meeting: m, change, audience, reader } = input;
  const { t } = reader;
  const toParent = audience === 'parent';
  const person = toParent ? m.teacherName : m.parentName;
  const blocks: Block[] = [
    { p: t('mail.meetingIntro', { change, person, student: m.studentName }) },
    {
      list: [
        t('mail.meetingTime', { change, when: meetingWhen(reader, m) }),
        t('mail.with', { person }),
        ...(change === 'cancelled' && m.cancelReason ? [t('mail.reason', { reason: m.cancelReason })] : []),
      ],
    },
  ];
  if (change === 'cancelled') {
    blocks.push({ note: t('mail.cancelNote') });
  } else {
    const note = change === 'now' ? t('mail.joinNowNote') : t('mail.joinNote', { change });
    blocks.push({ link: { label: t('mail.openMeeting'), url: input.link } }, { note });
  }
  return renderEmail(
    input.from,
    t('mail.meetingSubject', { change, student: m.studentName, person, when: momentFor(reader, m.startsAt) }),
    t('mail.greeting', { name: toParent ? m.parentName : m.teacherName }),
    blocks,
    reader.language,
  );
}
