import { useState } from 'react';
import { DateInput } from '../../components/form/date-time-fields.tsx';
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
        <DateInput label="Show slots on" inline value={day} onChange={(date) => date && setDay(date)} />
        <DaySlots key={`${teacherId}:${day}`} date={day} teacherId={teacherId} zone={zone} />
      </section>
    </>
  );
}
