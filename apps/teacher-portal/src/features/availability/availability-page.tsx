import { useId, useState } from 'react';
import { useActingTeacherName } from '../../hooks/use-acting-teacher-name.ts';
import { relativeDayLabel } from '../../lib/day-labels.ts';
import { addDays, todayIn } from '../../lib/zoned-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { DaySlots } from './day-slots.tsx';
import { PublishSlotsForm } from './publish-slots-form.tsx';
import { useNow } from '@edutrack/web-kit';

/** Publish bookable slots, and review or remove a day's slots. Admins do this for a chosen teacher. */
export function AvailabilityPage() {
  const { branch, teacherId, isAdmin } = useWorkspace();
  const teacherName = useActingTeacherName();
  const zone = branch.timeZone;
  const today = todayIn(zone, useNow(60_000));
  const [day, setDay] = useState(() => addDays(today, 1));
  const dayFieldId = useId();

  if (!teacherId) {
    return (
      <>
        <h1>Availability</h1>
        <p>Choose a teacher under “Showing” at the top of the page to see and publish their availability.</p>
      </>
    );
  }
  return (
    <>
      <h1>Availability{isAdmin && teacherName ? ` of ${teacherName}` : ''}</h1>
      <p className="muted">Publish times parents can book themselves. Booked slots become meetings on the agenda.</p>
      <PublishSlotsForm zone={zone} teacherId={teacherId} defaultDate={day} onDateChange={setDay} />
      <section aria-labelledby="day-slots-heading" className="section">
        <h2 id="day-slots-heading">Slots on {relativeDayLabel(day, today, branch.locale)}</h2>
        <div className="field inline">
          <label htmlFor={dayFieldId}>Show slots on</label>
          <input id={dayFieldId} type="date" value={day} onChange={(e) => e.target.value && setDay(e.target.value)} />
        </div>
        <DaySlots key={`${teacherId}:${day}`} date={day} teacherId={teacherId} zone={zone} />
      </section>
    </>
  );
}
