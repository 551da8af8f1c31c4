import { useId } from 'react';
import { formatMeetingTime } from '@edutrack/web-kit';
import type { HeldMeeting, ParentEvening } from '../../api/types.ts';
import { useConfirmItinerary } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { formatCountdown } from './countdown.ts';
import { childName } from './family-view.ts';

/** A time freed up with a teacher this family waits for: held for them for a while, one tap books it. */
export function WaitingListOffer({ evening, offer, now }: { evening: ParentEvening; offer: HeldMeeting; now: Date }) {
  const accept = useConfirmItinerary();
  const headingId = useId();
  const left = Date.parse(offer.heldUntil) - now.getTime();
  return (
    <section className="panel stack offer" aria-labelledby={headingId}>
      <h2 id={headingId}>A time with {offer.target.name} is free</h2>
      <p>
        {formatMeetingTime(offer.startsAt, offer.endsAt, evening.timeZone).branch}, about{' '}
        {childName(evening, offer.studentId)}. You were on the waiting list.
      </p>
      <p>
        We're holding it for you for <strong className="countdown-time">{formatCountdown(left)}</strong>. After that it
        goes to the next family waiting.
      </p>
      <OnlineOnlyButton
        type="button"
        action="Booking"
        busy={accept.isPending}
        busyLabel="Booking…"
        onClick={() => accept.mutate({ eveningId: evening.id, slotIds: [offer.slotId] })}
      >
        Book this time
      </OnlineOnlyButton>
      {accept.isError && <ErrorMessage error={accept.error} />}
    </section>
  );
}
