import { formatInZone } from '../../time/time-zones.ts';
import { meetingWhen } from './meeting-change.ts';
import { renderEmail, type Block, type RenderedEmail, type SchoolLine } from './layout.ts';

export interface ReminderMeeting {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  teacherName: string;
  studentName: string;
  /** The meeting in the parent app. */
  link: string;
  /** The "Join Video Call" deep link, in the reminder sent shortly before the meeting. */
  joinLink: string | null;
}

/** "in 1 hour", "tomorrow", "in 3 days": how far ahead the reminder was set. */
export function reminderLead(offsetMinutes: number): string {
  if (offsetMinutes === 1440) return 'tomorrow';
  if (offsetMinutes % 1440 === 0) return `in ${offsetMinutes / 1440} days`;
  if (offsetMinutes % 60 === 0) return offsetMinutes === 60 ? 'in 1 hour' : `in ${offsetMinutes / 60} hours`;
  return `in ${offsetMinutes} minutes`;
}

/** One reminder for all of a family's meetings that are close together (a parents' evening). */
export function reminderEmail(input: {
  from: SchoolLine;
  parentName: string;
  offsetMinutes: number;
  meetings: ReminderMeeting[];
}): RenderedEmail {
  const [first] = input.meetings;
  const many = input.meetings.length > 1;
  const lead = reminderLead(input.offsetMinutes);
  const blocks: Block[] = [
    {
      p: many
        ? `A reminder: you have ${input.meetings.length} meetings ${lead}, starting ${formatInZone(first!.startsAt, first!.timeZone)}.`
        : `A reminder: your meeting with ${first!.teacherName} about ${first!.studentName} is ${lead}.`,
    },
  ];
  for (const m of input.meetings) {
    blocks.push({ list: [`${meetingWhen(m)}: ${m.teacherName}, about ${m.studentName}`] });
    blocks.push({
      link: m.joinLink ? { label: 'Join Video Call', url: m.joinLink } : { label: 'Open the meeting', url: m.link },
    });
  }
  blocks.push({ note: '"Join Video Call" opens 5 minutes before each meeting. Your teacher lets you in.' });
  const subject = many
    ? `Reminder: ${input.meetings.length} meetings ${lead}, from ${formatInZone(first!.startsAt, first!.timeZone)}`
    : `Reminder: meeting with ${first!.teacherName} ${lead}, ${formatInZone(first!.startsAt, first!.timeZone)}`;
  return renderEmail(input.from, subject, `Hello ${input.parentName},`, blocks);
}
