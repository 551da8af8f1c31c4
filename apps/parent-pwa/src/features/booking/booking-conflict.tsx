import { describeError, formatMeetingTime } from '@edutrack/web-kit';

/**
 * A booking or move that clashed: the server's explanation, and the nearest free times it offers,
 * each bookable with one tap.
 */
export function BookingConflict(props: {
  error: unknown;
  timeZone: string;
  /** "Book" or "Move to" */
  verb: string;
  onPick: (slotId: string) => void;
  disabled?: boolean;
}) {
  const shown = describeError(props.error);
  const alternatives = shown.details.alternatives ?? [];
  return (
    <div role="alert" className="message error conflict">
      <p>{shown.message}</p>
      {alternatives.length > 0 ? (
        <>
          <p>These times are still free:</p>
          <ul className="stack">
            {alternatives.map((alt) => (
              <li key={alt.slotId}>
                <button
                  type="button"
                  className="button primary"
                  disabled={props.disabled}
                  onClick={() => props.onPick(alt.slotId)}
                >
                  {props.verb} {formatMeetingTime(alt.startsAt, alt.endsAt, props.timeZone).branch} instead
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Please pick another time from the list.</p>
      )}
    </div>
  );
}
