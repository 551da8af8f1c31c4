import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { meetingUid } from './calendar-invite.ts';

export interface EveningCalendarMeeting {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  url: string;
  organizer: { name: string; email: string };
}

/**
 * One calendar file for a family's whole parents' evening: one event per meeting, each with the
 * meeting's own UID (calendar-invite.ts), so a later change or cancellation of one meeting updates
 * that event and leaves the others alone.
 */
export function eveningCalendar(
  meetings: EveningCalendarMeeting[],
  parent: { name: string; email: string },
  options: { domain: string; now: Date; description: string },
): { method: 'REQUEST'; ics: string } {
  const calendar = ical({
    prodId: { company: 'EduTrack', product: 'EduTrack Meet', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
  });
  for (const m of meetings) {
    calendar.createEvent({
      id: meetingUid(m.appointmentId, options.domain),
      sequence: 0,
      stamp: options.now,
      start: m.startsAt,
      end: m.endsAt,
      summary: m.summary,
      description: options.description,
      url: m.url,
      status: ICalEventStatus.CONFIRMED,
      organizer: m.organizer,
      attendees: [{ ...parent, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false }],
    });
  }
  return { method: 'REQUEST', ics: calendar.toString() };
}
