import { formatInZone, formatTimeInZone } from '../../time/time-zones.ts';
import { renderEmail, type Block, type RenderedEmail, type SchoolLine } from './layout.ts';

export type MeetingChange = 'scheduled' | 'rescheduled' | 'cancelled';

export interface MeetingFacts {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  teacherName: string;
  parentName: string;
  studentName: string;
  cancelReason: string | null;
}

/** "Tue 24 Nov 2026, 17:00–17:10 (Europe/London)": always in the branch's zone, which is named. */
export function meetingWhen(m: Pick<MeetingFacts, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  return `${formatInZone(m.startsAt, m.timeZone)}–${formatTimeInZone(m.endsAt, m.timeZone)} (${m.timeZone})`;
}

/**
 * A meeting was booked, moved or cancelled: one template for both sides. The parent's copy of their
 * own booking is their confirmation; the teacher hears of every change to their agenda.
 */
export function meetingChangeEmail(input: {
  from: SchoolLine;
  change: MeetingChange;
  audience: 'parent' | 'teacher';
  meeting: MeetingFacts;
  link: string;
}): RenderedEmail {
  const { meeting: m, change, audience } = input;
  const toParent = audience === 'parent';
  const withWhom = toParent ? m.teacherName : m.parentName;
  const verb = { scheduled: 'is booked', rescheduled: 'has moved', cancelled: 'was cancelled' }[change];
  const title = { scheduled: 'Meeting scheduled', rescheduled: 'Meeting moved', cancelled: 'Meeting cancelled' }[
    change
  ];
  const blocks: Block[] = [
    { p: `Your meeting with ${withWhom} about ${m.studentName} ${verb}.` },
    {
      list: [
        `${change === 'cancelled' ? 'Was planned for' : change === 'rescheduled' ? 'New time' : 'When'}: ${meetingWhen(m)}`,
        `With: ${withWhom}`,
        ...(change === 'cancelled' && m.cancelReason ? [`Reason: ${m.cancelReason}`] : []),
      ],
    },
  ];
  if (change === 'cancelled') {
    blocks.push({ note: 'The attached calendar update removes the meeting from your calendar.' });
  } else {
    blocks.push(
      { link: { label: 'Open the meeting', url: input.link } },
      {
        note: `"Join Video Call" opens 5 minutes before the start. The attached invitation ${change === 'rescheduled' ? 'moves the meeting in' : 'adds the meeting to'} your calendar.`,
      },
    );
  }
  return renderEmail(
    input.from,
    `${title}: ${m.studentName} with ${toParent ? m.teacherName : m.parentName}, ${formatInZone(m.startsAt, m.timeZone)}`,
    `Hello ${toParent ? m.parentName : m.teacherName},`,
    blocks,
  );
}
