import { formatClock, formatClockSpan } from '@edutrack/i18n';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import type { SlotPlan } from '../../lib/slot-plan.ts';

/** The slot times a run would publish, shown before publishing (or why it would publish none). */
export function SlotPreview({ plan, zone }: { plan: SlotPlan; zone: string }) {
  const style = useTimeStyle(zone);
  return (
    <section aria-labelledby="slot-preview-heading" className="preview" aria-live="polite">
      <h3 id="slot-preview-heading">Preview</h3>
      {!plan.ok ? (
        <p className="muted">{plan.problem}</p>
      ) : (
        <>
          <p>
            {plan.slots.length} {plan.slots.length === 1 ? 'slot' : 'slots'}, from{' '}
            {formatClock(plan.slots[0]!.startsAt, style)} to {formatClock(plan.slots.at(-1)!.endsAt, style)}:
          </p>
          <ol className="slot-times" aria-label="Slot times">
            {plan.slots.map((slot) => (
              <li key={slot.startsAt.getTime()}>{formatClockSpan(slot.startsAt, slot.endsAt, style)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
