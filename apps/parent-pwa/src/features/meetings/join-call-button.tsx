import { useId } from 'react';
import { useLocation } from 'wouter';
import { joinState, useNow } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';
import { OfflineHint } from '../../components/offline-hint.tsx';
import { useOnline } from '../../hooks/use-online.ts';
import { formatMinutesAway } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatMoment } from '../../lib/format-times.ts';

/**
 * "Join Video Call": usable from 5 minutes before the start until the call's cut-off (the slot's end
 * plus the branch's handover, `joinClosesAt` from the server, decision 015). Before, it says when it
 * opens; after, that the meeting is over.
 */
export function JoinCallButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const style = useTimeStyle(meeting.branch);
  const now = useNow(10_000);
  const online = useOnline();
  const [, navigate] = useLocation();
  const hintId = useId();
  const state = joinState(meeting, now);
  if (state.kind === 'unavailable') return null;

  let hint = null;
  if (state.kind === 'not_open') {
    const time = formatMoment(state.opensAt, style, now);
    // Under an hour away, also how long ("in 12 minutes"); further ahead the clock time says enough.
    const soon = state.msUntilOpen > 0 && state.msUntilOpen < 60 * 60_000;
    hint = (
      <p id={hintId} className="hint">
        {soon
          ? t('meetings.opensAtSoon', {
              time,
              wait: formatMinutesAway(Math.ceil(state.msUntilOpen / 60_000), style.locale),
            })
          : t('meetings.opensAt', { time })}
      </p>
    );
  } else if (state.kind === 'closed') {
    hint = (
      <p id={hintId} className="hint">
        {t('meetings.ended')}
      </p>
    );
  } else if (!online) {
    hint = <OfflineHint id={hintId} action={t('meetings.joiningAction')} />;
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
        {t('meetings.joinVideoCall')}
      </button>
      {hint}
    </div>
  );
}
