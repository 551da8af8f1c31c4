import { useTimeStyle } from '../../i18n/use-time-style.ts';
import type { ParentEvening } from '../../api/types.ts';
import { formatMoment } from '../../lib/format-times.ts';
import { formatCountdown } from './countdown.ts';
import { bookingClosesAt } from './family-view.ts';

/** Before booking opens: when it opens for this family (early access included) and a live countdown. */
export function OpeningCountdown({ evening, now }: { evening: ParentEvening; now: Date }) {
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const opensAt = new Date(evening.youMayBookFrom);
  const general = new Date(evening.rules.opensAt);
  const early = opensAt < general;
  return (
    <section className="panel stack countdown" aria-labelledby="opening-heading">
      <h2 id="opening-heading">Booking opens {formatMoment(opensAt, style, now)}</h2>
      {early && (
        <p>
          The school would like to see your family first, so you can book before everyone else (general booking opens{' '}
          {formatMoment(general, style, now)}).
        </p>
      )}
      <p className="countdown-clock">
        <span>Opens in</span>{' '}
        <span className="countdown-time">{formatCountdown(opensAt.getTime() - now.getTime())}</span>
      </p>
      <p>Keep this page open: booking appears here by itself when it opens. There is no need to refresh.</p>
      <p className="hint">Booking closes {formatMoment(new Date(bookingClosesAt(evening)), style, now)}.</p>
    </section>
  );
}
