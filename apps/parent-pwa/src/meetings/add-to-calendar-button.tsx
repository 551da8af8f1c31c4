import type { Meeting } from '../api/types.ts';
import { downloadFile } from '../calendar/download-file.ts';
import { meetingCalendar, meetingCalendarFileName } from '../calendar/meeting-calendar.ts';

/** Downloads the meeting as an .ics file, which the phone's calendar app offers to add. */
export function AddToCalendarButton({ meeting }: { meeting: Meeting }) {
  const download = () => {
    const appUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
    const ics = meetingCalendar(meeting, { appUrl, now: new Date() });
    downloadFile(meetingCalendarFileName(meeting), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <button type="button" className="button secondary" onClick={download}>
      Add to calendar
    </button>
  );
}
