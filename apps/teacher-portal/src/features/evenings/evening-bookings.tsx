import { useState } from 'react';
import { formatClockSpan } from '@edutrack/i18n';
import type { EveningDetail } from '../../api/types.ts';
import { useTeacherSchedule } from '../../api/use-evenings.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { CancelEveningBooking } from './cancel-evening-booking.tsx';

/** Admins: one teacher's booked meetings at a time, each of which they may cancel for the family. */
export function EveningBookings({ evening }: { evening: EveningDetail }) {
  const first = evening.teachers.find((t) => t.slots.booked > 0) ?? evening.teachers[0];
  const [teacherId, setTeacherId] = useState(first?.id ?? '');
  if (!first) return null;
  return (
    <section className="section" aria-labelledby="bookings-heading">
      <h2 id="bookings-heading">Bookings</h2>
      <div className="field">
        <label htmlFor="bookings-teacher">Teacher</label>
        <select id="bookings-teacher" value={teacherId} onChange={(e) => setTeacherId(e.target.value)}>
          {evening.teachers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.displayName} ({t.slots.booked} booked)
            </option>
          ))}
        </select>
      </div>
      <TeacherBookings eveningId={evening.id} teacherId={teacherId} />
    </section>
  );
}

function TeacherBookings({ eveningId, teacherId }: { eveningId: string; teacherId: string }) {
  const schedule = useTeacherSchedule(eveningId, teacherId);
  const style = useTimeStyle(schedule.data?.timeZone);
  if (schedule.isPending) return <p className="muted">Loading the bookings…</p>;
  if (schedule.isError) return <QueryProblem error={schedule.error} onRetry={() => void schedule.refetch()} />;
  const { slots, teacher } = schedule.data;
  const booked = slots.filter((s) => s.meeting);
  if (booked.length === 0) return <p className="muted">No families have booked {teacher.displayName} yet.</p>;
  return (
    <ul className="slot-list evening-slots">
      {booked.map((slot) => {
        const meeting = slot.meeting!;
        const time = formatClockSpan(slot.startsAt, slot.endsAt, style);
        return (
          <li key={slot.id} className="state-booked">
            <span className="slot-time">{time}</span>
            <span>
              {meeting.parentName}, parent of {meeting.studentName}
              {meeting.withTeachers.length > 0 && ` (with ${meeting.withTeachers.join(', ')})`}
            </span>
            <CancelEveningBooking
              appointmentId={meeting.appointmentId}
              time={time}
              parentName={meeting.parentName}
              studentName={meeting.studentName}
            />
          </li>
        );
      })}
    </ul>
  );
}
