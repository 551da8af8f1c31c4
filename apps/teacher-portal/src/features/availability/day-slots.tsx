import { useState } from 'react';
import { Link } from 'wouter';
import { formatClockSpan } from '@edutrack/i18n';
import { describeError } from '@edutrack/web-kit';
import { useDaySlots, useRemoveSlots } from '../../api/use-availability.ts';
import { FormAlert } from '../../components/form/form-alert.tsx';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

/** A day's published slots: booked ones say by whom; unbooked ones can be selected and removed. */
export function DaySlots({ date, teacherId, zone }: { date: string; teacherId: string; zone: string }) {
  const style = useTimeStyle(zone);
  const slots = useDaySlots(date, teacherId);
  const remove = useRemoveSlots();
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const removeSelected = () => {
    setProblem(null);
    remove.mutate(
      { slotIds: [...selected] },
      {
        onSuccess: ({ removed, keptBooked }) => {
          setSelected(new Set());
          toast.show(`Removed ${removed} ${removed === 1 ? 'slot' : 'slots'}.`);
          if (keptBooked.length) {
            setProblem(
              `${keptBooked.length} ${keptBooked.length === 1 ? 'slot was' : 'slots were'} booked in the meantime and stayed. Cancel those meetings first if you need the time.`,
            );
          }
        },
        onError: (error) => setProblem(describeError(error).message),
      },
    );
  };

  if (slots.isPending) return <p className="muted">Loading slots…</p>;
  if (slots.isError) return <QueryProblem error={slots.error} onRetry={() => void slots.refetch()} />;
  if (!slots.data.length) return <p className="empty">No slots published on this day.</p>;
  return (
    <div className="stack">
      <ul className="slot-list" aria-label="Published slots">
        {slots.data.map((slot) => {
          const time = formatClockSpan(slot.startsAt, slot.endsAt, style);
          return (
            <li key={slot.id} className={slot.booking ? 'booked' : undefined}>
              {slot.booking ? (
                <>
                  <span className="slot-time">{time}</span>
                  <Link href={`/meetings/${slot.booking.appointmentId}`}>
                    Booked by {slot.booking.guardianName} for {slot.booking.studentName}
                  </Link>
                </>
              ) : (
                <label>
                  <input type="checkbox" checked={selected.has(slot.id)} onChange={() => toggle(slot.id)} />
                  <span className="slot-time">{time}</span> <span className="muted">Free</span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
      <FormAlert message={problem} />
      <div className="actions">
        <button
          type="button"
          className="button danger-outline"
          disabled={!selected.size || remove.isPending}
          onClick={removeSelected}
        >
          {remove.isPending ? 'Removing…' : `Remove selected (${selected.size})`}
        </button>
      </div>
    </div>
  );
}
