import { formatMeetingSpan } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useId } from 'react';
import type { HeldMeeting, ParentEvening } from '../../api/types.ts';
import { useConfirmItinerary } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatCountdown } from './countdown.ts';
import { childName } from './family-view.ts';
import { withStrong } from './with-strong.tsx';

/** A time freed up with a teacher this family waits for: held for them for a while, one tap books it. */
export function WaitingListOffer({ evening, offer, now }: { evening: ParentEvening; offer: HeldMeeting; now: Date }) {
  const t = useT();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const accept = useConfirmItinerary();
  const headingId = useId();
  const left = Date.parse(offer.heldUntil) - now.getTime();
  return (
    <section className="panel stack offer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('evenings.offerHeading', { teacher: offer.target.name })}</h2>
      <p>
        {t('evenings.offerWhen', {
          time: formatMeetingSpan(offer.startsAt, offer.endsAt, style),
          child: childName(evening, offer.studentId),
        })}
      </p>
      <p>{withStrong((time) => t('evenings.offerHeldFor', { time }), formatCountdown(left, t))}</p>
      <OnlineOnlyButton
        type="button"
        action={t('evenings.bookingAction')}
        busy={accept.isPending}
        busyLabel={t('evenings.booking')}
        onClick={() => accept.mutate({ eveningId: evening.id, slotIds: [offer.slotId] })}
      >
        {t('evenings.bookThisTime')}
      </OnlineOnlyButton>
      {accept.isError && <ErrorMessage error={accept.error} />}
    </section>
  );
}
