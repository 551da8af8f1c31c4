import { leadFor, meetingWhen, momentFor, type Reader } from '../reader.ts';
import { renderEmail, type Block, type RenderedEmail, type SchoolLine } from './layout.ts';

export interface ReminderMeeting {
  startsAt: Date;
  endsAt: Date;
  teacherName: string;
  studentName: string;
  /** The meeting in the parent app. */
  link: string;
  /** The "Join Video Call" deep link, in the reminder sent shortly before the meeting. */
  joinLink: string | null;
}

/** One reminder for all of a family's meetings that are close together (a parents' evening). */
export function reminderEmail(input: {
  from: SchoolLine;
  reader: Reader;
  parentName: string;
  offsetMinutes: number;
  meetings: ReminderMeeting[];
}): RenderedEmail {
  const { reader, meetings } = input;
  const { t } = reader;
  const first = meetings[0]!;
  const count = meetings.length;
  const lead = leadFor(reader, input.offsetMinutes);
  const when = momentFor(reader, first.startsAt);
  const blocks: Block[] = [
    {
      p:
        count > 1
          ? t('mail.reminderMany', { count, lead, when })
          : t('mail.reminderOne', { teacher: first.teacherName, student: first.studentName, lead }),
    },
  ];
  for (const m of meetings) {
    blocks.push({
      list: [t('mail.reminderItem', { when: meetingWhen(reader, m), teacher: m.teacherName, student: m.studentName })],
    });
    blocks.push({
      link: m.joinLink
        ? { label: t('mail.joinVideoCall'), url: m.joinLink }
        : { label: t('mail.openMeeting'), url: m.link },
    });
  }
  blocks.push({ note: t('mail.reminderNote') });
  const subject =
    count > 1
      ? t('mail.reminderSubjectMany', { count, lead, when })
      : t('mail.reminderSubjectOne', { teacher: first.teacherName, lead, when });
  return renderEmail(input.from, subject, t('mail.greeting', { name: input.parentName }), blocks, reader.language);
}
