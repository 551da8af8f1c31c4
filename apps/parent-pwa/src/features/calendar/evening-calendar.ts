import { buildCalendar } from './ics.ts';

interface EveningMeeting {
  appointmentId: string;
  startsAt: string;
  endsAt: string;
  teachers: { displayName: string }[];
  studentName: string;
}

/**
 * One .ics for a family's whole parents' evening: an event per meeting (same UID as the single
 * meeting's file, so adding both never duplicates it), and one reminder, before the first meeting
 * (a reminder before every back-to-back call would only interrupt the one in progress).
 */
export function eveningCalendar(
  evening: { name: string },
  meetings: EveningMeeting[],
  options: { appUrl: string; now: Date },
): string {
  return buildCalendar(
    ...meetings.map((meeting, index) => {
      const meetingUrl = `${options.appUrl}meetings/${meeting.appointmentId}`;
      const teachers = meeting.teachers.map((t) => t.displayName).join(' and ');
      return {
        uid: `${meeting.appointmentId}@edutrack-meet`,
        start: new Date(meeting.startsAt),
        end: new Date(meeting.endsAt),
        stamp: options.now,
        summary: `${evening.name}: ${meeting.studentName} with ${teachers}`,
        description: `Join the video call from the EduTrack Meet app, from 5 minutes before the start:\n${meetingUrl}`,
        location: 'EduTrack Meet video call',
        url: meetingUrl,
        ...(index === 0 ? { reminderMinutes: 15 } : {}),
      };
    }),
  );
}

export function eveningCalendarFileName(meetings: { startsAt: string }[]): string {
  return `parents-evening-${meetings[0]?.startsAt.slice(0, 10) ?? 'meetings'}.ics`;
}
