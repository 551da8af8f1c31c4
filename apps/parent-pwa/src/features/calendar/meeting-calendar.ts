import type { useT } from '@edutrack/i18n/react';
import type { Meeting } from '../../api/types.ts';
import { buildCalendar } from './ics.ts';

/** `useT()`'s function: the file's words are in the language the parent reads the app in. */
type Translate = ReturnType<typeof useT>;

/** The .ics for one meeting; its UID is the meeting's id, so a moved meeting replaces the old entry. */
export function meetingCalendar(meeting: Meeting, options: { appUrl: string; now: Date; t: Translate }): string {
  const { t } = options;
  const meetingUrl = `${options.appUrl}meetings/${meeting.id}`;
  return buildCalendar({
    uid: `${meeting.id}@edutrack-meet`,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    stamp: options.now,
    summary: t('calendar.meetingSummary', { child: meeting.student.name, teacher: meeting.teacher.displayName }),
    description: [
      meeting.topic ? t('calendar.topic', { topic: meeting.topic }) : null,
      t('calendar.howToJoin'),
      meetingUrl,
    ]
      .filter(Boolean)
      .join('\n'),
    location: t('calendar.location'),
    url: meetingUrl,
    reminderMinutes: 10,
  });
}

export function meetingCalendarFileName(meeting: Meeting): string {
  const day = meeting.startsAt.slice(0, 10);
  const who = meeting.teacher.displayName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `meeting-${who || 'teacher'}-${day}.ics`;
}
