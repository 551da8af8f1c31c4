import { useState, type FormEvent } from 'react';
import { useT } from '@edutrack/i18n/react';
import type { Child, Meeting, OpenSlot } from '../../api/types.ts';
import { useBookSlot } from '../../api/use-booking.ts';
import { MeetingTime } from '../../components/meeting-time.tsx';
import { ChildChoice } from './child-choice.tsx';
import { SlotChangeActions } from './slot-change-actions.tsx';
import { useIdempotencyKeys } from './use-idempotency-keys.ts';

/** Confirms a chosen slot: for which child (when the teacher teaches several), an optional topic. */
export function BookSlotForm(props: {
  slot: OpenSlot;
  family: Child[];
  onBooked: (meeting: Meeting) => void;
  onBack: () => void;
}) {
  const t = useT();
  const { slot } = props;
  const eligible = props.family.filter((c) => slot.studentIds.includes(c.id));
  const [studentId, setStudentId] = useState(eligible.length === 1 ? eligible[0]!.id : '');
  const [topic, setTopic] = useState('');
  const [missingChild, setMissingChild] = useState(false);
  const book = useBookSlot();
  const keyFor = useIdempotencyKeys();

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
  const chooseChild = (id: string) => {
    setStudentId(id);
    setMissingChild(false);
  };

  return (
    <form className="stack panel" onSubmit={submit}>
      <h2>{t('booking.bookWith', { teacher: slot.teacher.displayName })}</h2>
      <MeetingTime startsAt={slot.startsAt} endsAt={slot.endsAt} branch={{ timeZone: slot.timeZone }} />
      <ChildChoice options={eligible} value={studentId} onChange={chooseChild} missing={missingChild} />
      <label className="field">
        <span>{t('booking.topic')}</span>
        <input type="text" value={topic} maxLength={200} onChange={(e) => setTopic(e.target.value)} />
      </label>
      <SlotChangeActions
        change="book"
        request={book}
        timeZone={slot.timeZone}
        onPick={bookSlot}
        onBack={props.onBack}
      />
    </form>
  );
}
