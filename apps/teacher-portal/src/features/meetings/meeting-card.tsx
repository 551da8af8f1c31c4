import { Link } from 'wouter';
import type { Meeting } from '../../api/types.ts';
import { meetingStatus } from '../../lib/meeting-status.ts';
import { JoinCallButton } from './join-call-button.tsx';
import { MeetingTime } from './meeting-time.tsx';
import { ParentLanguageBadge } from './parent-language-badge.tsx';
import { StatusBadge } from './status-badge.tsx';

/** One meeting in a list: who, when, what about, its status and the Join button. */
export function MeetingCard({ meeting, now, showTeacher }: { meeting: Meeting; now: Date; showTeacher: boolean }) {
  return (
    <li className="meeting-card">
      <div className="meeting-main">
        <h3>
          <Link href={`/meetings/${meeting.id}`}>{`${meeting.guardian.name}, parent of ${meeting.student.name}`}</Link>
        </h3>
        <ParentLanguageBadge language={meeting.guardian.language} />
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} zone={meeting.branch.timeZone} />
        {meeting.topic && <p className="topic">{meeting.topic}</p>}
        {showTeacher && <p className="muted small">With {meeting.teacher.displayName}</p>}
        {meeting.status === 'cancelled' && meeting.cancelReason && (
          <p className="muted small">Reason: {meeting.cancelReason}</p>
        )}
      </div>
      <div className="meeting-side">
        <StatusBadge status={meetingStatus(meeting, now)} />
        <JoinCallButton meeting={meeting} />
      </div>
    </li>
  );
}
