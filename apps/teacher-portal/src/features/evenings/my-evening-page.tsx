import { Link } from 'wouter';
import { calendarDateIn, formatCalendarDay } from '@edutrack/i18n';
import type { TeacherSchedule } from '../../api/types.ts';
import { useTeacherSchedule } from '../../api/use-evenings.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { EveningSlotRow } from './evening-slot-row.tsx';
import { FlagFamilies } from './flag-families.tsx';

/** A teacher's own evening (or, for an admin, one teacher's): every slot, and the families to ask first. */
export function MyEveningPage({ eveningId, teacherId }: { eveningId: string; teacherId?: string }) {
  const { isAdmin, me, branch } = useWorkspace();
  const own = !teacherId || teacherId === me.id;
  const schedule = useTeacherSchedule(eveningId, teacherId);
  if (schedule.isPending) return <p className="muted">Loading the evening…</p>;
  if (schedule.isError) return <QueryProblem error={schedule.error} onRetry={() => void schedule.refetch()} />;
  const data = schedule.data;
  const booked = data.slots.filter((s) => s.state === 'booked').length;
  return (
    <>
      <p className="back-link">
        <Link href={isAdmin ? `/evenings/${eveningId}` : '/evenings'}>
          ← {isAdmin ? 'The evening' : 'Parents’ evenings'}
        </Link>
      </p>
      <h1>{own ? 'My evening' : `${data.teacher.displayName}’s evening`}</h1>
      <p className="muted">
        {booked} of {data.slots.length} meetings booked. Times are in {data.timeZone}.
      </p>
      {byDay(data).map((day) => (
        <section key={day.date} className="section" aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>{formatCalendarDay(day.date, branch.locale)}</h2>
          <ul className="slot-list evening-slots">
            {day.slots.map((slot) => (
              <EveningSlotRow
                key={slot.id}
                eveningId={eveningId}
                teacherId={data.teacher.id}
                slot={slot}
                zone={data.timeZone}
              />
            ))}
          </ul>
        </section>
      ))}
      {/* A flag is the teacher's own request: only they can make it. */}
      {own && (
        <section className="section" aria-labelledby="flag-heading">
          <h2 id="flag-heading">Ask families first</h2>
          <FlagFamilies eveningId={eveningId} students={data.students} />
        </section>
      )}
    </>
  );
}

function byDay(schedule: TeacherSchedule) {
  const days = new Map<string, TeacherSchedule['slots']>();
  for (const slot of schedule.slots) {
    const date = calendarDateIn(new Date(slot.startsAt), schedule.timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days].map(([date, slots]) => ({ date, slots }));
}
