import { useId } from 'react';
import { Link } from 'wouter';
import { calendarDateIn, formatCalendarDay, formatClock } from '@edutrack/i18n';
import { joinState, useNow } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';
import { clockWithZone } from '../../i18n/clock-with-zone.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

type JoinableMeeting = Pick<Meeting, 'id' | 'status' | 'joinOpensAt' | 'joinClosesAt' | 'endedAt'> & {
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
  const style = useTimeStyle(meeting.branch.timeZone);
  if (state.kind === 'unavailable' && state.reason === 'ended' && meeting.endedAt) {
    return <span className="muted small">Ended for everyone at {formatClock(meeting.endedAt, style)}</span>;
  }
  if (state.kind === 'unavailable') return null;
  if (state.kind === 'open') {
    return (
      <Link href={`/meetings/${meeting.id}/call`} className="button primary">
        Join Video Call
      </Link>
    );
  }
  const zone = style.zone;
  const note =
    state.kind === 'closed'
      ? 'This meeting is over.'
      : calendarDateIn(state.opensAt, zone) === calendarDateIn(now, zone)
        ? `Opens at ${clockWithZone(state.opensAt, style)}`
        : `Opens ${formatCalendarDay(calendarDateIn(state.opensAt, zone), style.locale)} at ${clockWithZone(state.opensAt, style)}`;
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
