import { formatTime } from '@edutrack/web-kit';
import type { SlotPlan } from '../../lib/slot-plan.ts';

/** The slot times a run would publish, shown before publishing (or why it would publish none). */
export function SlotPreview({ plan, zone }: { plan: SlotPlan; zone: string }) {
  return (
    <section aria-labelledby="slot-preview-heading" className="preview" aria-live="polite">
      <h3 id="slot-preview-heading">Preview</h3>
      {!plan.ok ? (
        <p className="muted">{plan.problem}</p>
      ) : (
        <>
          <p>
            {plan.slots.length} {plan.slots.length === 1 ? 'slot' : 'slots'}, from{' '}
            {formatTime(plan.slots[0]!.startsAt, zone)} to {formatTime(plan.slots.at(-1)!.endsAt, zone)}:
          </p>
          <ol className="slot-times" aria-label="Slot times">
            {plan.slots.map((slot) => (
              <li key={slot.startsAt.getTime()}>
                {formatTime(slot.startsAt, zone)}–{formatTime(slot.endsAt, zone)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
