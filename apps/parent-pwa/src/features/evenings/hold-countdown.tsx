import { useT } from '@edutrack/i18n/react';
import { formatCountdown } from './countdown.ts';
import { withStrong } from './with-strong.tsx';

/**
 * How long the proposed times stay held. The clock itself is not announced second by second; a
 * screen reader hears the warning once, with 30 seconds left.
 */
export function HoldCountdown({ heldUntil, now }: { heldUntil: string; now: Date }) {
  const t = useT();
  const left = Date.parse(heldUntil) - now.getTime();
  return (
    <div className="hold-countdown">
      <p>{withStrong((time) => t('evenings.holdingTimes', { time }), formatCountdown(left, t))}</p>
      <p role="status" className={left <= 30_000 ? 'field-error' : 'visually-hidden'}>
        {left <= 30_000 ? t('evenings.holdAlmostOver') : ''}
      </p>
    </div>
  );
}
