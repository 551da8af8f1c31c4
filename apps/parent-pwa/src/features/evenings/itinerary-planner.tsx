import { useT } from '@edutrack/i18n/react';
import { useState } from 'react';
import type { ParentEvening, Proposal } from '../../api/types.ts';
import { useProposeItinerary, useReleaseHolds } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { targetState } from './family-view.ts';
import { PlanForm, type PlanRequest } from './plan-form.tsx';
import { ProposedItinerary } from './proposed-itinerary.tsx';

/**
 * Booking in two steps: say who and when ("Find times"), then confirm the proposed evening, which
 * the server holds for this family meanwhile. Going back lets the held times go and keeps the
 * choices made; a proposal still held (the page was reloaded) is shown again.
 */
export function ItineraryPlanner({ evening, now }: { evening: ParentEvening; now: Date }) {
  const t = useT();
  const propose = useProposeItinerary();
  const release = useReleaseHolds();
  const [request, setRequest] = useState<PlanRequest | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(() => stillHeld(evening, now));
  const [booked, setBooked] = useState<number | null>(null);

  const find = (next: PlanRequest) => {
    setRequest(next);
    setBooked(null);
    propose.mutate({ eveningId: evening.id, ...next }, { onSuccess: setProposal });
  };
  const close = () => {
    setProposal(null);
    propose.reset();
  };

  // Present from the start, so screen readers announce the confirmation when it appears.
  const done = (
    <p role="status" className={booked ? 'success-note' : 'visually-hidden'}>
      {booked ? t('evenings.bookedNotice', { count: booked }) : ''}
    </p>
  );
  if (proposal) {
    return (
      <>
        {done}
        <ProposedItinerary
          evening={evening}
          proposal={proposal}
          now={now}
          finding={propose.isPending}
          onChanged={setProposal}
          onConfirmed={(n) => {
            setBooked(n);
            close();
          }}
          onBack={() => {
            release.mutate({ eveningId: evening.id });
            close();
          }}
          onFindAgain={() => (request ? find(request) : close())}
        />
      </>
    );
  }
  if (!hasTeachersToBook(evening)) {
    return (
      <>
        {done}
        <p className="message">{t('evenings.everyoneBooked')}</p>
      </>
    );
  }
  return (
    <>
      {done}
      <PlanForm evening={evening} now={now} busy={propose.isPending} initial={request} onSubmit={find} />
      {propose.isError && <ErrorMessage error={propose.error} />}
    </>
  );
}

function hasTeachersToBook(evening: ParentEvening): boolean {
  return evening.children.some((child) => child.targets.some((t) => targetState(evening, child.id, t) === 'available'));
}

/** The family's proposal the server still holds, e.g. after a reload. */
function stillHeld(evening: ParentEvening, now: Date): Proposal | null {
  const meetings = evening.holds.filter((h) => h.kind === 'proposal' && Date.parse(h.heldUntil) > now.getTime());
  if (meetings.length === 0) return null;
  const times = meetings.map((m) => Date.parse(m.startsAt));
  const ends = meetings.map((m) => Date.parse(m.endsAt));
  return {
    meetings: [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    unserved: [],
    spanMinutes: Math.round((Math.max(...ends) - Math.min(...times)) / 60_000),
    heldUntil: meetings.map((m) => m.heldUntil).sort()[0]!,
  };
}
