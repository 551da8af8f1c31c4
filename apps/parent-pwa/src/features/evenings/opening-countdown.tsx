import { useT } from '@edutrack/i18n/react';
import type { ParentEvening } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatMoment } from '../../lib/format-times.ts';
import { formatCountdown } from './countdown.ts';
import { bookingClosesAt } from './family-view.ts';

/** Before booking opens: when it opens for this family (early access included) and a live countdown. */
export function OpeningCountdown({ evening, now }: { evening: ParentEvening; now: Date }) {
  const t = useT();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const opensAt = new Date(evening.youMayBookFrom);
  const general = new Date(evening.rules.opensAt);
  const early = opensAt < general;
  return (
    <section className="panel stack countdown" aria-labelledby="opening-heading">
      <h2 id="opening-heading">{t('evenings.bookingOpensAt', { time: formatMoment(opensAt, style, now) })}</h2>
      {early && <p>{t('evenings.earlyAccess', { time: formatMoment(general, style, now) })}</p>}
      <p className="countdown-clock">
        <span>{t('evenings.opensIn')}</span>{' '}
        <span className="countdown-time">{formatCountdown(opensAt.getTime() - now.getTime(), t)}</span>
      </p>
      <p>{t('evenings.keepPageOpen')}</p>
      <p className="hint">
        {t('evenings.bookingClosesAt', { time: formatMoment(new Date(bookingClosesAt(evening)), style, now) })}
      </p>
    </section>
  );
}
