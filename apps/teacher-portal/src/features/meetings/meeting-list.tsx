import type { UseQueryResult } from '@tanstack/react-query';
import { useNow } from '../../hooks/use-now.ts';
import type { Meeting } from '../../api/types.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { MeetingCard } from './meeting-card.tsx';

/** A list of meetings from a query: loading, a failure with a retry, an empty note, or the cards. */
export function MeetingList({
  query,
  empty,
  showTeacher,
  label,
  leaveOut,
}: {
  query: UseQueryResult<{ items: Meeting[] }, unknown>;
  empty: string;
  showTeacher: boolean;
  label: string;
  /** Meetings already shown elsewhere on the page. */
  leaveOut?: (meeting: Meeting) => boolean;
}) {
  const now = useNow(15_000);
  if (query.isPending) return <p className="muted">Loading meetings…</p>;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const meetings = leaveOut ? query.data.items.filter((m) => !leaveOut(m)) : query.data.items;
  if (!meetings.length) return <p className="empty">{empty}</p>;
  return (
    <ul className="meeting-list" aria-label={label}>
      {meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} now={now} showTeacher={showTeacher} />
      ))}
    </ul>
  );
}
