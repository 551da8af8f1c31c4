import { useId, useState, type FormEvent } from 'react';
import type { Child, Meeting, OpenSlot } from '../api/types.ts';
import { useBookSlot } from '../api/use-booking.ts';
import { MeetingTime } from '../components/meeting-time.tsx';
import { OfflineHint } from '../components/offline-hint.tsx';
import { useOnline } from '../hooks/use-online.ts';
import { ChangeError } from './change-error.tsx';
import { ChildChoice } from './child-choice.tsx';
import { useIdempotencyKeys } from './use-idempotency-keys.ts';

/** Confirms a chosen slot: for which child (when the teacher teaches several), an optional topic. */
export function BookSlotForm(props: { slot: OpenSlot; family: Child[]; onBooked: (meeting: Meeting) => void; onBack: () => void }) {
  const { slot } = props;
  const eligible = props.family.filter((c) => slot.studentIds.includes(c.id));
  const [studentId, setStudentId] = useState(eligible.length === 1 ? eligible[0]!.id : '');
  const [topic, setTopic] = useState('');
  const [missingChild, setMissingChild] = useState(false);
  const book = useBookSlot();
  const keyFor = useIdempotencyKeys();
  const online = useOnline();
  const hintId = useId();

  const bookSlot = (slotId: string) => {
    if (!studentId) return setMissingChild(true);
    book.mutate(
      { slotId, studentId, topic: topic.trim() || null, idempotencyKey: keyFor(slotId) },
      { onSuccess: props.onBooked },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    bookSlot(slot.id);
  };

  return (
    <form className="stack panel" onSubmit={submit} aria-labelledby={hintId + '-title'}>
      <h2 id={hintId + '-title'}>Book with {slot.teacher.displayName}</h2>
      <MeetingTime startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={slot.timeZone} />
      <ChildChoice options={eligible} value={studentId} onChange={(id) => (setStudentId(id), setMissingChild(false))} missing={missingChild} />
      <label className="field">
        <span>What would you like to talk about? (optional)</span>
        <input type="text" value={topic} maxLength={200} onChange={(e) => setTopic(e.target.value)} />
      </label>
      {book.isError && <ChangeError error={book.error} timeZone={slot.timeZone} verb="Book" onPick={bookSlot} disabled={book.isPending || !online} />}
      {!online && <OfflineHint id={hintId} action="Booking" />}
      <button type="submit" className="button primary" disabled={book.isPending || !online} aria-describedby={online ? undefined : hintId}>
        {book.isPending ? 'Booking…' : 'Book this time'}
      </button>
      <button type="button" className="button secondary" onClick={props.onBack}>
        Choose another time
      </button>
    </form>
  );
}
