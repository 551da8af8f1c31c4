import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { Link } from 'wouter';
import type { ParentEvening } from '../../api/types.ts';
import { formatDayHeading } from '../../lib/format-times.ts';
import { childName, teacherNames } from './family-view.ts';
import { ItineraryList } from './itinerary-list.tsx';

/** The family's booked evening in order, one calendar file for all of it, and the waiting lists they are on. */
export function BookedEvening({ evening }: { evening: ParentEvening }) {
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const meetings = [...evening.meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const waiting = evening.waitlist.filter((w) => w.status === 'waiting');
  const download = async () => {
    const [{ eveningCalendar, eveningCalendarFileName }, { downloadFile }] = await Promise.all([
      import('../calendar/evening-calendar.ts'),
      import('../calendar/download-file.ts'),
    ]);
    const appUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
    const calendar = eveningCalendar(evening, meetings, { appUrl, now: new Date() });
    downloadFile(eveningCalendarFileName(meetings), calendar, 'text/calendar;charset=utf-8');
  };
  return (
    <section className="panel stack" aria-labelledby="your-evening-heading">
      <h2 id="your-evening-heading" tabIndex={-1}>
        Your evening
      </h2>
      {meetings.length > 0 ? (
        <>
          <p>
            {formatDayHeading(new Date(meetings[0]!.startsAt), style)}:{' '}
            {meetings.length === 1 ? '1 meeting' : `${meetings.length} meetings`}, one after another.
          </p>
          <ItineraryList
            stops={meetings.map((m) => ({
              key: m.appointmentId,
              startsAt: m.startsAt,
              endsAt: m.endsAt,
              who: teacherNames(m.teachers),
              childName: m.studentName,
            }))}
            timeZone={evening.timeZone}
            actions={(stop) => (
              <Link
                href={`/meetings/${stop.key}`}
                className="small-link"
                aria-label={`Details of the meeting with ${stop.who}, about ${stop.childName}`}
              >
                Details
              </Link>
            )}
          />
          <button type="button" className="button primary" onClick={() => void download()}>
            Add to calendar
          </button>
        </>
      ) : (
        <p>No meetings booked yet.</p>
      )}
      {waiting.length > 0 && (
        <>
          <h3>On the waiting list</h3>
          <ul className="plain-list">
            {waiting.map((w) => (
              <li key={w.id}>
                {teacherName(evening, w.studentId, w.teacherId)}, about {childName(evening, w.studentId)}
              </li>
            ))}
          </ul>
          <p className="hint">If a time frees up, we'll hold it for you and let you know.</p>
        </>
      )}
    </section>
  );
}

function teacherName(evening: ParentEvening, studentId: string, teacherId: string): string {
  const targets = evening.children.find((c) => c.id === studentId)?.targets ?? [];
  return (targets.find((t) => t.id === teacherId) ?? targets.find((t) => t.teacherIds[0] === teacherId))?.name ?? '';
}
