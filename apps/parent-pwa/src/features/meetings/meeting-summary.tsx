import type { Meeting } from '../../api/types.ts';
import { MeetingTime } from '../../components/meeting-time.tsx';
import { StatusBadge } from './status-badge.tsx';

/** What every view of a meeting shows: who, about whom, when, the topic and the status. */
export function MeetingSummary({ meeting }: { meeting: Meeting }) {
  return (
    <div className="meeting-summary">
      <p className="meeting-people">
        <StatusBadge status={meeting.status} /> With {meeting.teacher.displayName}, about {meeting.student.name}
      </p>
      <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.branch.timeZone} />
      {meeting.topic && <p className="topic">Topic: {meeting.topic}</p>}
      {meeting.status === 'cancelled' && (
        <p className="cancelled-note">
          Cancelled by {meeting.cancelledBy === 'guardian' ? 'a parent' : 'the school'}
          {meeting.cancelReason ? `: “${meeting.cancelReason}”` : '.'}
        </p>
      )}
    </div>
  );
}
