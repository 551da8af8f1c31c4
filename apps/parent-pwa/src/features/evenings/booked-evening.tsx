import { formatClockSpan } from '@edutrack/i18n';
import { useLocale, useT } from '@edutrack/i18n/react';
import { Link } from 'wouter';
import type { ParentEvening } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatDayHeading } from '../../lib/format-times.ts';
import { CancelEveningMeeting } from './cancel-evening-meeting.tsx';
import { childName, teacherNames, waitlistTeacherName } from './family-view.ts';
import { ItineraryList } from './itinerary-list.tsx';
import { LeaveWaitingListButton } from './leave-waiting-list-button.tsx';

/**
 * The family's booked evening in order, one calendar file for all of it, and the waiting lists they
 * are on. Each meeting can be cancelled while the evening's rules let parents change it; after that
 * the screen says to contact the school instead of offering a button that would fail.
 */
export function BookedEvening({
  evening,
  onChanged,
}: {
  evening: ParentEvening;
  /** A meeting was cancelled or a waiting list left: the sentence to tell the parent. */
  onChanged: (message: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const meetings = [...evening.meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const waiting = evening.waitlist.filter((w) => w.status === 'waiting');
  const locked = meetings.filter((m) => !m.canCancel).length;
  const allLocked = locked > 0 && locked === meetings.length;
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
        {t('evenings.yourEvening')}
      </h2>
      {meetings.length > 0 ? (
        <>
          <p>
            {t('evenings.bookedSummary', {
              day: formatDayHeading(new Date(meetings[0]!.startsAt), style),
              count: meetings.length,
            })}
          </p>
          <ItineraryList
            stops={meetings.map((m) => ({
              key: m.appointmentId,
              startsAt: m.startsAt,
              endsAt: m.endsAt,
              who: teacherNames(m.teachers, locale),
              childName: m.studentName,
            }))}
            timeZone={evening.timeZone}
            actions={(stop) => {
              const meeting = meetings.find((m) => m.appointmentId === stop.key)!;
              return (
                <div className="stop-actions">
                  <Link
                    href={`/meetings/${stop.key}`}
                    className="small-link"
                    aria-label={t('evenings.detailsOf', { teacher: stop.who, child: stop.childName })}
                  >
                    {t('evenings.details')}
                  </Link>
                  {meeting.canCancel ? (
                    <CancelEveningMeeting
                      appointmentId={stop.key}
                      who={stop.who}
                      childName={stop.childName}
                      time={formatClockSpan(stop.startsAt, stop.endsAt, style)}
                      onCancelled={onChanged}
                    />
                  ) : (
                    !allLocked && <p className="hint">{t('evenings.thisOneClosed')}</p>
                  )}
                </div>
              );
            }}
          />
          {allLocked && <p className="message">{t('evenings.changesClosed', { count: meetings.length })}</p>}
          <button type="button" className="button primary" onClick={() => void download()}>
            {t('evenings.addToCalendar')}
          </button>
        </>
      ) : (
        <p>{t('evenings.noMeetingsYet')}</p>
      )}
      {waiting.length > 0 && (
        <>
          <h3>{t('evenings.onWaitingList')}</h3>
          <ul className="plain-list stack">
            {waiting.map((w) => {
              const teacher = waitlistTeacherName(evening, w.studentId, w.teacherId);
              const child = childName(evening, w.studentId);
              return (
                <li key={w.id} className="waiting-entry">
                  <span>{t('evenings.teacherAboutChild', { teacher, child })}</span>
                  <LeaveWaitingListButton entryId={w.id} teacher={teacher} childName={child} onLeft={onChanged} />
                </li>
              );
            })}
          </ul>
          <p className="hint">{t('evenings.waitingListHint')}</p>
        </>
      )}
    </section>
  );
}
