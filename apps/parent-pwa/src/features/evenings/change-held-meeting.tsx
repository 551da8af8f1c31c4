import { formatClock } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useId, useState } from 'react';
import type { HeldMeeting, ParentEvening, Proposal } from '../../api/types.ts';
import { useAdjustHeldMeeting, useFreeSlots } from '../../api/use-evenings.ts';
import { QueryView } from '../../components/query-view.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { childName } from './family-view.ts';
import { useErrorWords } from '../../components/error-message.tsx';

/** One proposed meeting at another of the teacher's free times; the rest of the evening stays held. */
export function ChangeHeldMeeting(props: {
  evening: ParentEvening;
  held: HeldMeeting;
  onChanged: (proposal: Proposal) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('evenings.changeTimeWith', {
          teacher: props.held.target.name,
          child: childName(props.evening, props.held.studentId),
        })}
        onClick={() => setOpen(!open)}
      >
        {open ? t('evenings.keepThisTime') : t('evenings.changeTime')}
      </button>
      <div id={listId}>
        {open && (
          <OtherTimes
            {...props}
            onChanged={(proposal) => {
              setOpen(false);
              props.onChanged(proposal);
            }}
          />
        )}
      </div>
    </>
  );
}

function OtherTimes({ evening, held, onChanged }: Parameters<typeof ChangeHeldMeeting>[0]) {
  const t = useT();
  const wordsFor = useErrorWords();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const adjust = useAdjustHeldMeeting();
  const free = useFreeSlots({ eveningId: evening.id, studentId: held.studentId, targetId: held.target.id });
  return (
    <QueryView query={free} what={t('evenings.otherTimesWhat')}>
      {(slots) =>
        slots.length === 0 ? (
          <p className="hint">{t('evenings.noOtherTimes', { teacher: held.target.name })}</p>
        ) : (
          <>
            <p className="hint">{t('evenings.otherTimes', { teacher: held.target.name })}</p>
            <ul className="slot-grid">
              {slots.map((slot) => (
                <li key={slot.slotId}>
                  <button
                    type="button"
                    className="slot-button"
                    disabled={adjust.isPending}
                    onClick={() =>
                      adjust.mutate(
                        { eveningId: evening.id, heldSlotId: held.slotId, newSlotId: slot.slotId },
                        { onSuccess: onChanged },
                      )
                    }
                  >
                    {formatClock(slot.startsAt, style)}
                  </button>
                </li>
              ))}
            </ul>
            {adjust.isError && (
              <p role="alert" className="field-error">
                {wordsFor(adjust.error)}
              </p>
            )}
          </>
        )
      }
    </QueryView>
  );
}
