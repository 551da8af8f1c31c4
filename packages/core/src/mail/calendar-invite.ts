import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface InviteMeeting {
  appointmentId: string;
  /** Raised on every move and on cancel (appointments.calendar_sequence). */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}

/**
 * The iCalendar invitation attached to a meeting's emails (RFC 5545/5546). The UID is the same for
 * every message about one meeting and SEQUENCE grows, so Google, Outlook and Apple Calendar update
 * or remove the one event instead of adding another. Times are UTC ("Z"): no VTIMEZONE to get wrong,
 * and every calendar shows them in the reader's own zone.
 */
export function calendarInvite(
  meeting: InviteMeeting,
  method: 'REQUEST' | 'CANCEL',
  options: { domain: string; now: Date },
): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const calendar = ical({
    prodId: { company: 'EduTrack', product: 'EduTrack Meet', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.createEvent({
    id: meetingUid(meeting.appointmentId, options.domain),
    sequence: meeting.sequence,
    stamp: options.now,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.summary,
    description: meeting.description,
    url: meeting.url,
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    organizer: meeting.organizer,
    attendees: meeting.attendees.map((a) => ({
      ...a,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    })),
  });
  return { method, ics: calendar.toString() };
}

export function meetingUid(appointmentId: string, domain: string): string {
  return `meeting-${appointmentId}@${domain}`;
}
