import type { Meeting } from '../../api/types.ts';
import { MeetingTime } from '../../components/meeting-time.tsx';
import { RunningLateNote } from './running-late-note.tsx';
import { StatusBadge } from './status-badge.tsx';

/** What every view of a meeting shows: who, about whom, when, the topic and the status. */
export function MeetingSummary({ meeting }: { meeting: Meeting }) {
  return (
    <div className="meeting-summary">
      <p className="meeting-people">
        <StatusBadge meeting={meeting} /> With {meeting.teacher.displayName}, about {meeting.student.name}
      </p>
      <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.branch.timeZone} />
      {meeting.topic && <p className="topic">Topic: {meeting.topic}</p>}
      {meeting.runningLate && meeting.status === 'scheduled' && !meeting.endedAt && (
        <RunningLateNote meeting={meeting} late={meeting.runningLate} />
      )}
      {meeting.status === 'cancelled' && (
        <p className="cancelled-note">
          {cancelledBy(meeting)}
          {meeting.cancelReason ? `: “${meeting.cancelReason}”` : '.'}
        </p>
      )}
    </div>
  );
}

function cancelledBy(meeting: Meeting): string {
  if (meeting.cancelledByViewer) return 'You cancelled this meeting';
  return meeting.cancelledBy === 'guardian' ? 'Cancelled by another parent' : 'Cancelled by the school';
}
