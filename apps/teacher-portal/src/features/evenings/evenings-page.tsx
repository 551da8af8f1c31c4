import { Link } from 'wouter';
import { formatMeetingSpan } from '@edutrack/i18n';
import { useEvenings } from '../../api/use-evenings.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { PHASE_WORDS } from './evening-phase.ts';

/** The branch's parents' evenings: admins set them up and manage them; teachers open their own. */
export function EveningsPage() {
  const { isAdmin } = useWorkspace();
  const style = useTimeStyle();
  const evenings = useEvenings();
  return (
    <>
      <h1>Parents’ evenings</h1>
      {isAdmin && (
        <p>
          <Link href="/evenings/new" className="button primary">
            Set up a parents’ evening
          </Link>
        </p>
      )}
      {evenings.isPending && <p className="muted">Loading…</p>}
      {evenings.isError && <QueryProblem error={evenings.error} onRetry={() => void evenings.refetch()} />}
      {evenings.data?.length === 0 && <p className="empty">No parents’ evenings yet.</p>}
      <ul className="meeting-list">
        {evenings.data?.map((evening) => (
          <li key={evening.id} className="meeting-card">
            <div className="meeting-main stacked-lines">
              <Link href={`/evenings/${evening.id}`}>
                <strong>{evening.name}</strong>
              </Link>
              {evening.sessions.map((s) => (
                <span key={s.id} className="meeting-time">
                  {formatMeetingSpan(s.startsAt, s.endsAt, style)}
                </span>
              ))}
            </div>
            <span className="badge badge-info">{PHASE_WORDS[evening.phase]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
