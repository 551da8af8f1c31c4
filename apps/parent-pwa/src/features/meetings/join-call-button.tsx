import { useId } from 'react';
import { useLocation } from 'wouter';
import { joinState } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';
import { OfflineHint } from '../../components/offline-hint.tsx';
import { useNow } from '../../hooks/use-now.ts';
import { useOnline } from '../../hooks/use-online.ts';
import { formatMoment, minutesAway } from '../../lib/format-times.ts';

/**
 * "Join Video Call": usable from 5 minutes before the start until 30 minutes after the end (the
 * room's window, from the server). Before, it says when it opens; after, that the meeting is over.
 */
export function JoinCallButton({ meeting }: { meeting: Meeting }) {
  const now = useNow();
  const online = useOnline();
  const [, navigate] = useLocation();
  const hintId = useId();
  const state = joinState(meeting, now);
  if (state.kind === 'unavailable') return null;

  let hint = null;
  if (state.kind === 'not_open') {
    const wait = minutesAway(state.msUntilOpen);
    hint = (
      <p id={hintId} className="hint">
        Opens at {formatMoment(state.opensAt, meeting.branch.timeZone, now)}
        {wait && ` (${wait})`}, 5 minutes before the start.
      </p>
    );
  } else if (state.kind === 'closed') {
    hint = (
      <p id={hintId} className="hint">
        This meeting has ended.
      </p>
    );
  } else if (!online) {
    hint = <OfflineHint id={hintId} action="Joining the call" />;
  }

  return (
    <div className="join-call">
      <button
        type="button"
        className="button primary join-button"
        disabled={state.kind !== 'open' || !online}
        aria-describedby={hint ? hintId : undefined}
        onClick={() => navigate(`/meetings/${meeting.id}/call`)}
      >
        Join Video Call
      </button>
      {hint}
    </div>
  );
}
