import type { RouterOutputs } from '@edutrack/api';
import { formatClock, formatClockSpan, type TimeStyle } from '@edutrack/i18n';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { JoinCallButton } from '../meetings/join-call-button.tsx';
import { ParentLanguageBadge } from '../meetings/parent-language-badge.tsx';

type Item = RouterOutputs['staff']['meetings']['runningOrder']['items'][number];

/** One family in the running order: when (expected), who, who is knocking, and the meeting's timer. */
export function RunningOrderItem({ item, now }: { item: Item; now: Date }) {
  const { meeting } = item;
  const style = useTimeStyle(meeting.branch.timeZone);
  const moved = item.expectedStartsAt !== meeting.startsAt;
  return (
    <li className="meeting-card" aria-label={`${meeting.guardian.name} about ${meeting.student.name}`}>
      <p>
        <strong>{formatClockSpan(item.expectedStartsAt, item.expectedEndsAt, style)}</strong> {meeting.guardian.name} ·{' '}
        {meeting.student.name} <ParentLanguageBadge language={meeting.guardian.language} />
        {moved && <span className="muted small"> (booked for {formatClock(meeting.startsAt, style)})</span>}
      </p>
      {item.knocking.map((k) => (
        <p key={k.name} className="small">
          <strong>Knocking:</strong> {k.name}
          {k.isExpectedParent ? ' · Expected parent' : ''}
        </p>
      ))}
      {meeting.live.guestWaiting && <p className="small">An unknown guest is knocking.</p>}
      {item.phase === 'now' && <MeetingTimer item={item} now={now} style={style} />}
      {item.phase !== 'done' && <JoinCallButton meeting={meeting} />}
      {item.phase === 'done' && <p className="muted small">{doneNote(meeting, style)}</p>}
    </li>
  );
}

function doneNote(meeting: Item['meeting'], style: TimeStyle): string {
  if (meeting.status === 'no_show') return 'The family did not come.';
  if (meeting.endedAt) return `Ended at ${formatClock(meeting.endedAt, style)}.`;
  return `Finished at ${formatClock(meeting.joinClosesAt, style)}.`;
}

/** Time left in the slot, then how far over it is and when the call will be cut off. */
function MeetingTimer({ item, now, style }: { item: Item; now: Date; style: TimeStyle }) {
  const left = new Date(item.expectedEndsAt).getTime() - now.getTime();
  const text =
    left >= 0
      ? `${minutesAndSeconds(left)} left`
      : `Over by ${minutesAndSeconds(-left)}. The call ends at ${formatClock(item.meeting.joinClosesAt, style)}.`;
  return (
    <p className="call-timer" role="timer" aria-live="off">
      {text}
    </p>
  );
}

function minutesAndSeconds(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
