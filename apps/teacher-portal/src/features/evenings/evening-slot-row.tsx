import { Link } from 'wouter';
import { formatClockSpan } from '@edutrack/i18n';
import { describeError } from '@edutrack/web-kit';
import type { TeacherSchedule } from '../../api/types.ts';
import { useMarkUnavailable } from '../../api/use-evenings.ts';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { ParentLanguageBadge } from '../meetings/parent-language-badge.tsx';

type Slot = TeacherSchedule['slots'][number];

/** One slot of a teacher's evening: who booked it, or a button to take it out of (or back into) booking. */
export function EveningSlotRow(props: { eveningId: string; teacherId: string; slot: Slot; zone: string }) {
  const { slot, zone } = props;
  const mark = useMarkUnavailable();
  const toast = useToast();
  const time = formatClockSpan(slot.startsAt, slot.endsAt, useTimeStyle(zone));
  const setUnavailable = (unavailable: boolean) =>
    mark.mutate(
      { eveningId: props.eveningId, teacherId: props.teacherId, from: slot.startsAt, to: slot.endsAt, unavailable },
      {
        onSuccess: () => toast.show(unavailable ? `${time} is no longer bookable.` : `${time} can be booked again.`),
        onError: (error) => toast.show(describeError(error).message, 'error'),
      },
    );
  return (
    <li className={`evening-slot state-${slot.state}`}>
      <span className="slot-time">{time}</span>
      {slot.meeting ? (
        <span>
          <Link href={`/meetings/${slot.meeting.appointmentId}`}>
            {slot.meeting.parentName}, parent of {slot.meeting.studentName}
            {slot.meeting.withTeachers.length > 0 && ` (with ${slot.meeting.withTeachers.join(', ')})`}
          </Link>{' '}
          <ParentLanguageBadge language={slot.meeting.parentLanguage} />
        </span>
      ) : (
        <span className="muted">{STATE_WORDS[slot.state]}</span>
      )}
      {slot.state === 'free' && (
        <button
          type="button"
          className="button small"
          disabled={mark.isPending}
          onClick={() => setUnavailable(true)}
          aria-label={`Mark ${time} unavailable`}
        >
          Mark unavailable
        </button>
      )}
      {slot.state === 'unavailable' && (
        <button
          type="button"
          className="button small"
          disabled={mark.isPending}
          onClick={() => setUnavailable(false)}
          aria-label={`Make ${time} bookable again`}
        >
          Make bookable
        </button>
      )}
    </li>
  );
}

const STATE_WORDS = {
  free: 'Free',
  held: 'A family is booking this time',
  booked: 'Booked',
  unavailable: 'Unavailable (not bookable)',
} as const;
