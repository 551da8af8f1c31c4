import { Link } from 'wouter';
import { formatMeetingTime } from '@edutrack/web-kit';
import { useEvening } from '../../api/use-evenings.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
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
          <li key={s.id}>{formatMeetingTime(s.startsAt, s.endsAt, e.timeZone).branch}</li>
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
