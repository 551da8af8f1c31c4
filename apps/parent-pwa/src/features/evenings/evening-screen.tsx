import { useT } from '@edutrack/i18n/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '@edutrack/web-kit';
import type { ParentEvening } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatMoment } from '../../lib/format-times.ts';
import { BookedEvening } from './booked-evening.tsx';
import { bookingPhase, type BookingPhase } from './booking-phase.ts';
import { EveningSessions } from './evening-sessions.tsx';
import { bookingClosesAt } from './family-view.ts';
import { ItineraryPlanner } from './itinerary-planner.tsx';
import { OpeningCountdown } from './opening-countdown.tsx';
import { useServerNow } from './use-server-now.ts';
import { WaitingListOffer } from './waiting-list-offer.tsx';

/**
 * The evening as time passes: a countdown before booking opens for this family, the planner from
 * that moment (no reload: the screen follows the clock, corrected to the server's, then re-reads the
 * evening), and the family's own meetings, waiting lists and offers throughout.
 */
export function EveningScreen({ evening, receivedAt }: { evening: ParentEvening; receivedAt: number }) {
  const t = useT();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const now = useServerNow(evening.serverNow, receivedAt, 1000);
  const phase = bookingPhase({ opensAt: evening.youMayBookFrom, closesAt: bookingClosesAt(evening) }, now);
  useReloadWhenPhaseChanges(phase);
  // What the parent just changed ("cancelled", "left the waiting list"), said here: the meeting or
  // entry itself is gone from the list, and with the last one the whole booked evening.
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const changed = (message: string) => {
    setNotice(message);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };
  const offers = evening.holds.filter((h) => h.kind === 'offer' && Date.parse(h.heldUntil) > now.getTime());
  return (
    <div className="stack evening">
      <EveningSessions evening={evening} />
      <p role="status" ref={noticeRef} tabIndex={-1} className={notice ? 'success-note' : 'visually-hidden'}>
        {notice}
      </p>
      {offers.map((offer) => (
        <WaitingListOffer key={offer.slotId} evening={evening} offer={offer} now={now} />
      ))}
      {(evening.meetings.length > 0 || evening.waitlist.length > 0) && (
        <BookedEvening evening={evening} onChanged={changed} />
      )}
      {phase === 'before' && <OpeningCountdown evening={evening} now={now} />}
      {phase === 'open' && <ItineraryPlanner evening={evening} now={now} />}
      {phase === 'closed' && (
        <p className="message">
          {t('evenings.bookingClosed', { time: formatMoment(new Date(bookingClosesAt(evening)), style, now) })}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {phase === 'open' ? t('evenings.bookingIsOpen') : ''}
      </p>
    </div>
  );
}

/** Booking opened or closed while the screen was open: read the evening again, as the server sees it now. */
function useReloadWhenPhaseChanges(phase: BookingPhase) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const last = useRef(phase);
  useEffect(() => {
    if (last.current === phase) return;
    last.current = phase;
    void queryClient.invalidateQueries({ queryKey: trpc.parent.evenings.pathKey() });
  }, [phase, queryClient, trpc]);
}
