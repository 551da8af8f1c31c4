import { useT } from '@edutrack/i18n/react';
import type { Meeting, OpenSlot } from '../../api/types.ts';
import { useRescheduleMeeting } from '../../api/use-booking.ts';
import { MeetingTime } from '../../components/meeting-time.tsx';
import { SlotChangeActions } from './slot-change-actions.tsx';

/** Confirms moving a meeting to the chosen slot; a clash offers the nearest free times. */
export function MoveMeetingForm(props: {
  meeting: Meeting;
  slot: OpenSlot;
  onMoved: (meeting: Meeting) => void;
  onBack: () => void;
}) {
  const t = useT();
  const move = useRescheduleMeeting();
  const moveTo = (slotId: string) => move.mutate({ id: props.meeting.id, slotId }, { onSuccess: props.onMoved });
  return (
    <form
      className="stack panel"
      onSubmit={(event) => {
        event.preventDefault();
        moveTo(props.slot.id);
      }}
    >
      <h2>{t('booking.moveQuestion')}</h2>
      <MeetingTime
        startsAt={props.slot.startsAt}
        endsAt={props.slot.endsAt}
        branch={{ timeZone: props.slot.timeZone }}
      />
      <p>{t('booking.teacherTold', { teacher: props.meeting.teacher.displayName })}</p>
      <SlotChangeActions
        change="move"
        request={move}
        timeZone={props.slot.timeZone}
        onPick={moveTo}
        onBack={props.onBack}
      />
    </form>
  );
}
