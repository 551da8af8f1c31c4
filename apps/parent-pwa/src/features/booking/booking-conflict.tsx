import { formatMeetingSpan } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { describeError } from '@edutrack/web-kit';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import type { SlotChange } from './slot-change-actions.tsx';

/**
 * A booking or move that clashed: the server's explanation, and the nearest free times it offers,
 * each bookable with one tap.
 */
export function BookingConflict(props: {
  change: SlotChange;
  error: unknown;
  timeZone: string;
  onPick: (slotId: string) => void;
  disabled?: boolean;
}) {
  const t = useT();
  // Open times carry no school locale: the default school style, as in the list of times.
  const style = useTimeStyle({ timeZone: props.timeZone });
  const shown = describeError(props.error);
  const alternatives = shown.details.alternatives ?? [];
  return (
    <div role="alert" className="message error conflict">
      <p>{shown.message}</p>
      {alternatives.length > 0 ? (
        <>
          <p>{t('booking.stillFree')}</p>
          <ul className="stack">
            {alternatives.map((alt) => (
              <li key={alt.slotId}>
                <button
                  type="button"
                  className="button primary"
                  disabled={props.disabled}
                  onClick={() => props.onPick(alt.slotId)}
                >
                  {t('booking.pickInstead', {
                    change: props.change,
                    time: formatMeetingSpan(alt.startsAt, alt.endsAt, style),
                  })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('booking.pickAnother')}</p>
      )}
    </div>
  );
}
