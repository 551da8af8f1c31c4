import { formatCountdown } from './countdown.ts';

/**
 * How long the proposed times stay held. The clock itself is not announced second by second; a
 * screen reader hears the warning once, with 30 seconds left.
 */
export function HoldCountdown({ heldUntil, now }: { heldUntil: string; now: Date }) {
  const left = Date.parse(heldUntil) - now.getTime();
  return (
    <div className="hold-countdown">
      <p>
        We're holding these times for you for <strong className="countdown-time">{formatCountdown(left)}</strong>.
        Confirm to book them.
      </p>
      <p role="status" className={left <= 30_000 ? 'field-error' : 'visually-hidden'}>
        {left <= 30_000 ? 'Less than 30 seconds left to confirm.' : ''}
      </p>
    </div>
  );
}
