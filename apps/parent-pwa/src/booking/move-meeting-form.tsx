import { useId } from 'react';
import type { Meeting, OpenSlot } from '../api/types.ts';
import { useRescheduleMeeting } from '../api/use-booking.ts';
import { MeetingTime } from '../components/meeting-time.tsx';
import { OfflineHint } from '../components/offline-hint.tsx';
import { useOnline } from '../hooks/use-online.ts';
import { ChangeError } from './change-error.tsx';

/** Confirms moving a meeting to the chosen slot; a clash offers the nearest free times. */
export function MoveMeetingForm(props: { meeting: Meeting; slot: OpenSlot; onMoved: (meeting: Meeting) => void; onBack: () => void }) {
  const move = useRescheduleMeeting();
  const online = useOnline();
  const hintId = useId();
  const moveTo = (slotId: string) => move.mutate({ id: props.meeting.id, slotId }, { onSuccess: props.onMoved });
  return (
    <form
      className="stack panel"
      onSubmit={(event) => {
        event.preventDefault();
        moveTo(props.slot.id);
      }}
    >
      <h2>Move to this time?</h2>
      <MeetingTime startsAt={props.slot.startsAt} endsAt={props.slot.endsAt} timeZone={props.slot.timeZone} />
      <p>{props.meeting.teacher.displayName} will be told by email.</p>
      {move.isError && <ChangeError error={move.error} timeZone={props.slot.timeZone} verb="Move to" onPick={moveTo} disabled={move.isPending || !online} />}
      {!online && <OfflineHint id={hintId} action="Moving a meeting" />}
      <button type="submit" className="button primary" disabled={move.isPending || !online} aria-describedby={online ? undefined : hintId}>
        {move.isPending ? 'Moving…' : 'Move my meeting'}
      </button>
      <button type="button" className="button secondary" onClick={props.onBack}>
        Choose another time
      </button>
    </form>
  );
}
