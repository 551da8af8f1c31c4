import { useId } from 'react';
import { Link } from 'wouter';
import { calendarDateIn, formatTime, joinState } from '@edutrack/web-kit';
import { useNow } from '../../hooks/use-now.ts';
import type { Meeting } from '../../api/types.ts';
import { formatDayLabel } from '../../lib/zoned-time.ts';

type JoinableMeeting = Pick<Meeting, 'id' | 'status' | 'joinOpensAt' | 'joinClosesAt'> & {
  branch: { timeZone: string };
};

/**
 * "Join Video Call": a link to the call screen while the room is open (5 minutes before the start
 * until 30 minutes after the end), otherwise a disabled button saying when it opens or that it is
 * over. The clock ticks, so the button enables itself without a reload.
 */
export function JoinCallButton({ meeting }: { meeting: JoinableMeeting }) {
  const now = useNow(1_000);
  const noteId = useId();
  const state = joinState(meeting, now);
  if (state.kind === 'unavailable') return null;
  if (state.kind === 'open') {
    return (
      <Link href={`/meetings/${meeting.id}/call`} className="button primary">
        Join Video Call
      </Link>
    );
  }
  const zone = meeting.branch.timeZone;
  const note =
    state.kind === 'closed'
      ? 'This meeting is over.'
      : calendarDateIn(state.opensAt, zone) === calendarDateIn(now, zone)
        ? `Opens at ${formatTime(state.opensAt, zone)}`
        : `Opens ${formatDayLabel(calendarDateIn(state.opensAt, zone))} at ${formatTime(state.opensAt, zone)}`;
  return (
    <span className="join-call">
      <button type="button" className="button" disabled aria-describedby={noteId}>
        Join Video Call
      </button>
      <span className="muted small" id={noteId}>
        {note}
      </span>
    </span>
  );
}
