import { Link, useSearchParams } from 'wouter';
import { calendarDateIn } from '@edutrack/i18n';
import { useNow } from '@edutrack/web-kit';
import { useDayMeetings, useUpcomingMeetings } from '../../api/use-meetings.ts';
import { MeetingList } from '../meetings/meeting-list.tsx';
import { useActingTeacherName } from '../../hooks/use-acting-teacher-name.ts';
import { isCalendarDate, relativeDayLabel } from '../../lib/day-labels.ts';
import { todayIn } from '../../lib/zoned-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { DayPicker } from './day-picker.tsx';

/** The day's meetings (any day, in the branch's calendar), then everything else still to come. */
export function AgendaPage() {
  const { branch, isAdmin, teacherId } = useWorkspace();
  const teacherName = useActingTeacherName();
  const today = todayIn(branch.timeZone, useNow(60_000));
  const [params, setParams] = useSearchParams();
  const requested = params.get('day');
  const day = isCalendarDate(requested) ? requested : today;
  const dayMeetings = useDayMeetings(day);
  const upcoming = useUpcomingMeetings();
  const showTeacher = isAdmin && !teacherId;

  return (
    <>
      <div className="page-heading">
        <h1>Agenda</h1>
        <Link href="/meetings/new" className="button primary">
          Schedule a meeting
        </Link>
      </div>
      {isAdmin && (
        <p className="muted">
          {teacherId
            ? `Meetings of ${teacherName ?? 'the chosen teacher'}.`
            : 'Meetings of every teacher in the branch.'}
        </p>
      )}
      <DayPicker today={today} selected={day} onSelect={(date) => setParams({ day: date })} />
      <section aria-labelledby="day-heading" className="section">
        <h2 id="day-heading">{relativeDayLabel(day, today, branch.locale)}</h2>
        <MeetingList
          query={dayMeetings}
          label={`Meetings on ${relativeDayLabel(day, today, branch.locale)}`}
          showTeacher={showTeacher}
          empty="No meetings on this day."
        />
      </section>
      <section aria-labelledby="upcoming-heading" className="section">
        <h2 id="upcoming-heading">Other upcoming meetings</h2>
        <MeetingList
          query={upcoming}
          label="Other upcoming meetings"
          showTeacher={showTeacher}
          leaveOut={(m) => calendarDateIn(new Date(m.startsAt), branch.timeZone) === day}
          empty="Nothing else coming up. Schedule a meeting, or publish availability so parents can book."
        />
      </section>
    </>
  );
}
