import { useState, type FormEvent } from 'react';
import { formatCalendarDay, formatClockSpan } from '@edutrack/i18n';
import { describeError } from '@edutrack/web-kit';
import type { EveningDetail } from '../../api/types.ts';
import { useMarkUnavailable } from '../../api/use-evenings.ts';
import { TimeInput } from '../../components/form/date-time-fields.tsx';
import { FormAlert } from '../../components/form/form-alert.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { wallClockIn, zonedInstant } from '../../lib/zoned-time.ts';

/** A teacher's break or unavailable time: their slots inside it are taken out of booking. */
export function TeacherBreakForm({
  evening,
  teacher,
}: {
  evening: EveningDetail;
  teacher: { id: string; displayName: string };
}) {
  const zone = evening.timeZone;
  const style = useTimeStyle(zone);
  const days = [...new Set(evening.sessions.map((s) => wallClockIn(s.startsAt, zone).date))];
  const [date, setDate] = useState(days[0] ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const mark = useMarkUnavailable();
  const toast = useToast();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = zonedInstant(date, from, zone);
    const end = zonedInstant(date, to, zone);
    if (!start || !end || end <= start) return setProblem('Choose a start and an end time, the end after the start.');
    setProblem(null);
    mark.mutate(
      {
        eveningId: evening.id,
        teacherId: teacher.id,
        from: start.toISOString(),
        to: end.toISOString(),
        unavailable: true,
      },
      {
        onSuccess: () => {
          toast.show(`${teacher.displayName} is unavailable ${formatClockSpan(start, end, style)}.`);
          setFrom('');
          setTo('');
        },
        onError: (error) => setProblem(describeError(error).message),
      },
    );
  };
  const id = `break-${teacher.id}`;
  return (
    <form className="row break-form" onSubmit={submit} noValidate aria-label={`Break for ${teacher.displayName}`}>
      {days.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <select id={`${id}-day`} value={date} onChange={(e) => setDate(e.target.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatCalendarDay(d, style.locale)}
              </option>
            ))}
          </select>
        </div>
      )}
      <TimeInput label="Break from" value={from} onChange={setFrom} />
      <TimeInput label="to" value={to} onChange={setTo} />
      <button type="submit" className="button small" disabled={mark.isPending}>
        Add break
      </button>
      <FormAlert message={problem} />
    </form>
  );
}
