import type { Meeting } from '../../api/types.ts';
import { buildCalendar } from './ics.ts';

/** The .ics for one meeting; its UID is the meeting's id, so a moved meeting replaces the old entry. */
export function meetingCalendar(meeting: Meeting, options: { appUrl: string; now: Date }): string {
  const meetingUrl = `${options.appUrl}meetings/${meeting.id}`;
  return buildCalendar({
    uid: `${meeting.id}@edutrack-meet`,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    stamp: options.now,
    summary: `Parent-teacher meeting: ${meeting.student.name} with ${meeting.teacher.displayName}`,
    description: [
      meeting.topic ? `Topic: ${meeting.topic}` : null,
      'Join the video call from the EduTrack Meet app, from 5 minutes before the start:',
      meetingUrl,
    ]
      .filter(Boolean)
      .join('\n'),
    location: 'EduTrack Meet video call',
    url: meetingUrl,
    reminderMinutes: 10,
  });
}

export function meetingCalendarFileName(meeting: Meeting): string {
  const day = meeting.startsAt.slice(0, 10);
  const who = meeting.teacher.displayName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `meeting-${who || 'teacher'}-${day}.ics`;
}
