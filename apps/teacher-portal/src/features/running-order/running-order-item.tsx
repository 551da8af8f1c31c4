import type { RouterOutputs } from '@edutrack/api';
import { formatTime } from '@edutrack/web-kit';
import { JoinCallButton } from '../meetings/join-call-button.tsx';

type Item = RouterOutputs['staff']['meetings']['runningOrder']['items'][number];

/** One family in the running order: when (expected), who, who is knocking, and the meeting's timer. */
export function RunningOrderItem({ item, now }: { item: Item; now: Date }) {
  const { meeting } = item;
  const zone = meeting.branch.timeZone;
  const moved = item.expectedStartsAt !== meeting.startsAt;
  return (
    <li className="meeting-card" aria-label={`${meeting.guardian.name} about ${meeting.student.name}`}>
      <p>
        <strong>
          {formatTime(item.expectedStartsAt, zone)}–{formatTime(item.expectedEndsAt, zone)}
        </strong>{' '}
        {meeting.guardian.name} · {meeting.student.name}
        {moved && <span className="muted small"> (booked for {formatTime(meeting.startsAt, zone)})</span>}
      </p>
      {item.knocking.map((k) => (
        <p key={k.name} className="small">
          <strong>Knocking:</strong> {k.name}
          {k.isExpectedParent ? ' · Expected parent' : ''}
        </p>
      ))}
      {meeting.live.guestWaiting && <p className="small">An unknown guest is knocking.</p>}
      {item.phase === 'now' && <MeetingTimer item={item} now={now} />}
      {item.phase !== 'done' && <JoinCallButton meeting={meeting} />}
      {item.phase === 'done' && <p className="muted small">{doneNote(meeting, zone)}</p>}
    </li>
  );
}

function doneNote(meeting: Item['meeting'], zone: string): string {
  if (meeting.status === 'no_show') return 'The family did not come.';
  if (meeting.endedAt) return `Ended at ${formatTime(meeting.endedAt, zone)}.`;
  return `Finished at ${formatTime(meeting.joinClosesAt, zone)}.`;
}

/** Time left in the slot, then how far over it is and when the call will be cut off. */
function MeetingTimer({ item, now }: { item: Item; now: Date }) {
  const zone = item.meeting.branch.timeZone;
  const left = new Date(item.expectedEndsAt).getTime() - now.getTime();
  const text =
    left >= 0
      ? `${minutesAndSeconds(left)} left`
      : `Over by ${minutesAndSeconds(-left)}. The call ends at ${formatTime(item.meeting.joinClosesAt, zone)}.`;
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
