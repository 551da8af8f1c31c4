import type { Meeting } from '../../api/types.ts';
import { MeetingTime } from './meeting-time.tsx';
import { ParentLanguageBadge } from './parent-language-badge.tsx';

/** What the meeting is: who, when, about what, and how it was booked or why it was cancelled. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  return (
    <dl className="facts">
      <dt>Parent</dt>
      <dd>
        {meeting.guardian.name} <ParentLanguageBadge language={meeting.guardian.language} />
      </dd>
      <dt>Child</dt>
      <dd>{meeting.student.name}</dd>
      <dt>Teacher</dt>
      <dd>{meeting.teacher.displayName}</dd>
      <dt>When</dt>
      <dd>
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} zone={meeting.branch.timeZone} />
      </dd>
      <dt>Topic</dt>
      <dd>{meeting.topic ?? <span className="muted">No topic given</span>}</dd>
      <dt>Booked</dt>
      <dd>{meeting.bookedBy === 'guardian' ? 'By the parent, in a published slot' : 'By the school'}</dd>
      {meeting.status === 'cancelled' && (
        <>
          <dt>Cancelled</dt>
          <dd>
            {meeting.cancelledBy === 'guardian' ? 'By the parent' : 'By the school'}
            {meeting.cancelReason ? `: ${meeting.cancelReason}` : ''}
          </dd>
        </>
      )}
    </dl>
  );
}
