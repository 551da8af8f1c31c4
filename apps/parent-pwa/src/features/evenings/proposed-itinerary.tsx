import { useLayoutEffect, useRef } from 'react';
import { formatTime } from '@edutrack/web-kit';
import type { ParentEvening, Proposal } from '../../api/types.ts';
import { useConfirmItinerary } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
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
        {expired ? 'These times were let go' : meetings.length > 0 ? 'Your proposed evening' : 'No times found'}
      </h2>
      {meetings.length > 0 && (
        <p>
          {count(meetings.length)}, {formatTime(meetings[0]!.startsAt, zone)} to{' '}
          {formatTime(meetings.at(-1)!.endsAt, zone)}.
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
          <p>
            We held these times for 2 minutes and have now let them go, so other families can book them. Nothing was
            booked.
          </p>
          <OnlineOnlyButton
            type="button"
            action="Finding times"
            busy={props.finding}
            busyLabel="Finding times…"
            onClick={props.onFindAgain}
          >
            Find times again
          </OnlineOnlyButton>
        </div>
      ) : (
        meetings.length > 0 && (
          <OnlineOnlyButton
            type="button"
            action="Booking"
            busy={confirm.isPending}
            busyLabel="Booking…"
            onClick={confirmAll}
          >
            {meetings.length === 1 ? 'Confirm this meeting' : `Confirm all ${meetings.length} meetings`}
          </OnlineOnlyButton>
        )
      )}
      {confirm.isError && <ErrorMessage error={confirm.error} />}
      <button type="button" className="button secondary" onClick={props.onBack}>
        Change who or when
      </button>
    </section>
  );
}

export const count = (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`);
