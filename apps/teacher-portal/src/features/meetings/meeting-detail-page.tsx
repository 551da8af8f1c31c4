import { useState } from 'react';
import { Link } from 'wouter';
import { useMeeting } from '../../api/use-meetings.ts';
import { JoinCallButton } from './join-call-button.tsx';
import { StatusBadge } from './status-badge.tsx';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useNow } from '../../hooks/use-now.ts';
import { meetingStatus } from '../../lib/meeting-status.ts';
import { AttendanceSection } from './attendance-section.tsx';
import { CancelMeetingForm } from './cancel-meeting-form.tsx';
import { MeetingFacts } from './meeting-facts.tsx';
import { RescheduleForm } from './reschedule-form.tsx';

type Change = 'reschedule' | 'cancel' | null;

/** One meeting: its details, the Join button, and (while it may still change) reschedule and cancel. */
export function MeetingDetailPage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  const now = useNow(15_000);
  const [change, setChange] = useState<Change>(null);

  if (meeting.isPending) return <p className="muted">Loading the meeting…</p>;
  if (meeting.isError) {
    return (
      <>
        <h1>Meeting</h1>
        <QueryProblem error={meeting.error} onRetry={() => void meeting.refetch()} />
        <Link href="/">Back to the agenda</Link>
      </>
    );
  }
  const m = meeting.data;
  return (
    <>
      <Link href="/" className="back-link">
        ← Back to the agenda
      </Link>
      <div className="page-heading">
        <h1>Meeting with {m.guardian.name}</h1>
        <StatusBadge status={meetingStatus(m, now)} />
      </div>
      <MeetingFacts meeting={m} />
      <JoinCallButton meeting={m} />
      <AttendanceSection meetingId={m.id} timeZone={m.branch.timeZone} />
      {change === 'reschedule' && <RescheduleForm meeting={m} onDone={() => setChange(null)} />}
      {change === 'cancel' && <CancelMeetingForm meeting={m} onDone={() => setChange(null)} />}
      {change === null && (m.permissions.reschedule || m.permissions.cancel) && (
        <div className="actions section">
          {m.permissions.reschedule && (
            <button type="button" className="button" onClick={() => setChange('reschedule')}>
              Reschedule…
            </button>
          )}
          {m.permissions.cancel && (
            <button type="button" className="button danger-outline" onClick={() => setChange('cancel')}>
              Cancel meeting…
            </button>
          )}
        </div>
      )}
    </>
  );
}
