import { Link } from 'wouter';
import { formatTime } from '@edutrack/web-kit';
import { useMeeting } from '../../api/use-meetings.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { MeetingFacts } from '../meeting/meeting-facts.tsx';

/**
 * Where the video call goes. Until the call screen exists this page shows the meeting and says
 * plainly that calls cannot be held here yet.
 */
export function CallPage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  if (meeting.isPending) return <p className="muted">Loading the meeting…</p>;
  if (meeting.isError) return <QueryProblem error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const zone = m.branch.timeZone;
  return (
    <>
      <Link href={`/meetings/${m.id}`} className="back-link">
        ← Back to the meeting
      </Link>
      <h1>Video call with {m.guardian.name}</h1>
      <p className="notice">
        Video calls are not available in the staff portal yet. The room for this meeting is open from {formatTime(m.joinOpensAt, zone)} to{' '}
        {formatTime(m.joinClosesAt, zone)} ({zone}).
      </p>
      <MeetingFacts meeting={m} />
      <Link href="/">Back to the agenda</Link>
    </>
  );
}
