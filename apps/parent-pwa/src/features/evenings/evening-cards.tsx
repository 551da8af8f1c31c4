import { useT } from '@edutrack/i18n/react';
import { Link } from 'wouter';
import { useNow } from '@edutrack/web-kit';
import type { EveningSummary } from '../../api/types.ts';
import { useEvenings } from '../../api/use-evenings.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatDayHeading, formatMoment } from '../../lib/format-times.ts';
import { bookingPhase } from './booking-phase.ts';
import { bookingClosesAt } from './family-view.ts';
import './evenings.css';

/** Parents' evenings the family can book (or has booked), above the single open times. */
export function EveningCards() {
  const t = useT();
  const evenings = useEvenings();
  const now = useNow(30_000);
  if (!evenings.data?.length) return null;
  return (
    <section className="stack" aria-labelledby="evenings-heading">
      <h2 id="evenings-heading">{t('evenings.title')}</h2>
      {evenings.data.map((evening) => (
        <EveningCard key={evening.id} evening={evening} now={now} />
      ))}
    </section>
  );
}

function EveningCard({ evening, now }: { evening: EveningSummary; now: Date }) {
  const t = useT();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  // Families with early access see their own, earlier time on the evening's screen.
  const opensAt = evening.rules.opensAt;
  const phase = bookingPhase({ opensAt, closesAt: bookingClosesAt(evening) }, now);
  const first = evening.sessions[0];
  return (
    <article className="panel evening-card" aria-labelledby={`evening-${evening.id}`}>
      <h3 id={`evening-${evening.id}`}>{evening.name}</h3>
      {first && <p>{formatDayHeading(new Date(first.startsAt), style)}</p>}
      <p className="hint">
        {phase === 'before' &&
          t('evenings.cardOpens', {
            early: evening.phase === 'early_access' ? 'yes' : 'no',
            time: formatMoment(new Date(opensAt), style, now),
          })}
        {phase === 'open' &&
          t('evenings.cardOpenUntil', { time: formatMoment(new Date(bookingClosesAt(evening)), style, now) })}
        {phase === 'closed' && t('evenings.cardClosed')}
      </p>
      <Link href={`/book/evenings/${evening.id}`} className="button primary">
        {phase === 'open' ? t('evenings.bookYourMeetings') : t('evenings.seeTheEvening')}
      </Link>
    </article>
  );
}
