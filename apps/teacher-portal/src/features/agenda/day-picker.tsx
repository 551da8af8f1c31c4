import { formatCalendarDay } from '@edutrack/i18n';
import { DateInput } from '../../components/form/date-time-fields.tsx';
import { addDays } from '../../lib/zoned-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

const DAYS_SHOWN = 7;

/** Today and the next days as buttons, and any other day through a date field. */
export function DayPicker({
  today,
  selected,
  onSelect,
}: {
  today: string;
  selected: string;
  onSelect: (date: string) => void;
}) {
  const { branch } = useWorkspace();
  const days = Array.from({ length: DAYS_SHOWN }, (_, i) => addDays(today, i));
  return (
    <div className="day-picker">
      <div role="group" aria-label="Choose a day" className="day-buttons">
        {days.map((date, i) => (
          <button
            key={date}
            type="button"
            className="button day"
            aria-pressed={date === selected}
            onClick={() => onSelect(date)}
          >
            {i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : formatCalendarDay(date, branch.locale)}
          </button>
        ))}
      </div>
      <div className="other-day">
        <DateInput label="Another day" value={selected} onChange={(date) => date && onSelect(date)} />
      </div>
    </div>
  );
}
