import { formatClock } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useLayoutEffect, useRef } from 'react';
import type { ParentEvening, Proposal } from '../../api/types.ts';
import { useConfirmItinerary } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { ChangeHeldMeeting } from './change-held-meeting.tsx';
import { childName } from './family-view.ts';
import { HoldCountdown } from './hold-countdown.tsx';
import { ItineraryList } from './itinerary-list.tsx';
import { UnservedRequests } from './unserved-requests.tsx';

/**
 * The server's proposal, in order, held for this family for 2 minutes: confirm it all in one go,
 * change a single meeting, or go back. Once the hold has run out the times are gone; the parent is
 * told so plainly and can ask again.
 */
export function ProposedItinerary(props: {
  evening: ParentEvening;
  proposal: Proposal;
  now: Date;
  finding: boolean;
  onChanged: (proposal: Proposal) => void;
  onConfirmed: (count: number) => void;
  onBack: () => void;
  onFindAgain: () => void;
}) {
  const { evening, proposal, now } = props;
  const t = useT();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const confirm = useConfirmItinerary();
  const heading = useRef<HTMLHeadingElement>(null);
  const zone = evening.timeZone;
  const meetings = proposal.meetings;
  const slotIds = meetings.map((m) => m.slotId);
  const expired = proposal.heldUntil !== null && now.getTime() >= Date.parse(proposal.heldUntil);
  // A new proposal (or an expired one) is news: start reading there. Before the screen is painted, so
  // a screen reader never starts at the old place (Preact runs plain effects a frame later).
  useLayoutEffect(() => heading.current?.focus(), [proposal, expired]);

  const confirmAll = () =>
    confirm.mutate(
      { eveningId: evening.id, slotIds },
      {
        onSuccess: (booked) => {
          props.onConfirmed(booked.meetings.length);
          // The booked evening (shown above once re-read) is where the parent goes next.
          setTimeout(() => document.getElementById('your-evening-heading')?.focus(), 0);
        },
      },
    );

  return (
    <section className="panel stack proposal" aria-labelledby="proposal-heading">
      <h2 id="proposal-heading" ref={heading} tabIndex={-1}>
        {expired
          ? t('evenings.timesLetGo')
          : meetings.length > 0
            ? t('evenings.proposedEvening')
            : t('evenings.noTimesFound')}
      </h2>
      {meetings.length > 0 && (
        <p>
          {t('evenings.proposalSummary', {
            count: meetings.length,
            from: formatClock(meetings[0]!.startsAt, style),
            to: formatClock(meetings.at(-1)!.endsAt, style),
          })}
        </p>
      )}
      {meetings.length > 0 && !expired && proposal.heldUntil && (
        <HoldCountdown heldUntil={proposal.heldUntil} now={now} />
      )}
      <ItineraryList
        stops={meetings.map((m) => ({
          key: m.slotId,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          who: m.target.name,
          childName: childName(evening, m.studentId),
        }))}
        timeZone={zone}
        actions={(stop) => {
          const held = meetings.find((m) => m.slotId === stop.key);
          return held && !expired && <ChangeHeldMeeting evening={evening} held={held} onChanged={props.onChanged} />;
        }}
      />
      <UnservedRequests evening={evening} unserved={proposal.unserved} />
      {expired ? (
        <div className="message error">
          <p>{t('evenings.holdExpired')}</p>
          <OnlineOnlyButton
            type="button"
            action={t('evenings.findingAction')}
            busy={props.finding}
            busyLabel={t('evenings.finding')}
            onClick={props.onFindAgain}
          >
            {t('evenings.findTimesAgain')}
          </OnlineOnlyButton>
        </div>
      ) : (
        meetings.length > 0 && (
          <OnlineOnlyButton
            type="button"
            action={t('evenings.bookingAction')}
            busy={confirm.isPending}
            busyLabel={t('evenings.booking')}
            onClick={confirmAll}
          >
            {t('evenings.confirmAll', { count: meetings.length })}
          </OnlineOnlyButton>
        )
      )}
      {confirm.isError && <ErrorMessage error={confirm.error} />}
      <button type="button" className="button secondary" onClick={props.onBack}>
        {t('evenings.changeWhoOrWhen')}
      </button>
    </section>
  );
}
