import { Link } from 'wouter';
import { formatMeetingSpan } from '@edutrack/i18n';
import { useEvening } from '../../api/use-evenings.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { EarlyAccess } from './early-access.tsx';
import { EveningAudience } from './evening-audience.tsx';
import { EveningBookings } from './evening-bookings.tsx';
import { PHASE_WORDS } from './evening-phase.ts';
import { EveningTeachers } from './evening-teachers.tsx';
import { JointMeetings } from './joint-meetings.tsx';
import { RulesForm } from './rules-form.tsx';

/**
 * Admins: one evening after set-up: who it is for, rules, teachers (lengths, sessions, breaks), joint
 * meetings, early booking, and the families' bookings (which an admin may cancel).
 */
export function ManageEveningPage({ eveningId }: { eveningId: string }) {
  const evening = useEvening(eveningId);
  const style = useTimeStyle(evening.data?.timeZone);
  if (evening.isPending) return <p className="muted">Loading the evening…</p>;
  if (evening.isError) return <QueryProblem error={evening.error} onRetry={() => void evening.refetch()} />;
  const e = evening.data;
  return (
    <>
      <p className="back-link">
        <Link href="/evenings">← Parents’ evenings</Link>
      </p>
      <h1>{e.name}</h1>
      <ul className="facts-list">
        {e.sessions.map((s) => (
          <li key={s.id}>{formatMeetingSpan(s.startsAt, s.endsAt, style)}</li>
        ))}
        <li>
          {e.slotMinutes}-minute meetings{e.gapMinutes ? `, ${e.gapMinutes} minutes apart` : ', back to back'}
        </li>
        <EveningAudience evening={e} />
        <li>
          <span className="badge badge-info">{PHASE_WORDS[e.phase]}</span>
        </li>
      </ul>
      <section className="section" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Booking rules</h2>
        <RulesForm key={e.id} evening={e} />
      </section>
      <EveningTeachers evening={e} />
      <JointMeetings evening={e} />
      <EarlyAccess evening={e} />
      <EveningBookings evening={e} />
    </>
  );
}
