import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '@edutrack/web-kit';
import type { ParentEvening } from '../../api/types.ts';
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
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const now = useServerNow(evening.serverNow, receivedAt, 1000);
  const phase = bookingPhase({ opensAt: evening.youMayBookFrom, closesAt: bookingClosesAt(evening) }, now);
  useReloadWhenPhaseChanges(phase);
  const offers = evening.holds.filter((h) => h.kind === 'offer' && Date.parse(h.heldUntil) > now.getTime());
  return (
    <div className="stack evening">
      <EveningSessions evening={evening} />
      {offers.map((offer) => (
        <WaitingListOffer key={offer.slotId} evening={evening} offer={offer} now={now} />
      ))}
      {(evening.meetings.length > 0 || evening.waitlist.length > 0) && <BookedEvening evening={evening} />}
      {phase === 'before' && <OpeningCountdown evening={evening} now={now} />}
      {phase === 'open' && <ItineraryPlanner evening={evening} now={now} />}
      {phase === 'closed' && (
        <p className="message">
          Booking closed {formatMoment(new Date(bookingClosesAt(evening)), style, now)}.
          {evening.meetings.length > 0 && ' To change a meeting now, please contact the school office.'}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {phase === 'open' ? 'Booking is open.' : ''}
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
