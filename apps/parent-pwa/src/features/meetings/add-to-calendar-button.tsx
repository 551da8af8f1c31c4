import { addCatalogs } from '@edutrack/i18n/browser';
import { useT } from '@edutrack/i18n/react';
import type { Meeting } from '../../api/types.ts';
import { calendarCatalogs } from '../../i18n/catalogs.ts';

/**
 * Downloads the meeting as an .ics file, which the phone's calendar app offers to add. The
 * calendar code and its words load on the first tap (both precached, so this works offline too).
 */
export function AddToCalendarButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const download = async () => {
    const [{ meetingCalendar, meetingCalendarFileName }, { downloadFile }] = await Promise.all([
      import('../calendar/meeting-calendar.ts'),
      import('../calendar/download-file.ts'),
      addCatalogs(calendarCatalogs),
    ]);
    const appUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
    const ics = meetingCalendar(meeting, { appUrl, now: new Date(), t });
    downloadFile(meetingCalendarFileName(meeting), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <button type="button" className="button secondary" onClick={() => void download()}>
      {t('meetings.addToCalendar')}
    </button>
  );
}
