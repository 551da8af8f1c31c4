import { useId } from 'react';
import type { EveningSummary } from '../../api/types.ts';
import { calendarDateIn, formatCalendarDay } from '@edutrack/i18n';
import { DateInput } from '../../components/form/date-time-fields.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** What the dashboard is about: one of the branch's evenings, or days the admin chooses. */
export type ReportChoice = { eveningId: string } | { firstDay: string; lastDay: string };

const PERIOD = 'period';

const eveningLabel = (e: EveningSummary, locale: string) => {
  const first = e.sessions[0]?.startsAt;
  return first ? `${e.name} (${formatCalendarDay(calendarDateIn(first, e.timeZone), locale)})` : e.name;
};

/** The evening still to come (or under way) soonest; else the latest one; null without evenings. */
export function defaultEvening(evenings: EveningSummary[]): EveningSummary | null {
  return evenings.find((e) => e.phase !== 'over') ?? evenings.at(-1) ?? null;
}

export function ReportChoiceFields({
  evenings,
  choice,
  onChange,
  defaultPeriod,
  timeZone,
}: {
  evenings: EveningSummary[];
  choice: ReportChoice;
  onChange: (choice: ReportChoice) => void;
  defaultPeriod: { firstDay: string; lastDay: string };
  timeZone: string;
}) {
  const { branch } = useWorkspace();
  const selectId = useId();
  return (
    <div className="stack panel">
      <div className="field">
        <label htmlFor={selectId}>Report on</label>
        <select
          id={selectId}
          value={'eveningId' in choice ? choice.eveningId : PERIOD}
          onChange={(e) => onChange(e.target.value === PERIOD ? defaultPeriod : { eveningId: e.target.value })}
        >
          {evenings.map((e) => (
            <option key={e.id} value={e.id}>
              {eveningLabel(e, branch.locale)}
            </option>
          ))}
          <option value={PERIOD}>Meetings on days I choose</option>
        </select>
      </div>
      {'firstDay' in choice && (
        <div className="row">
          <DateInput
            label="First day"
            value={choice.firstDay}
            onChange={(day) => day && onChange({ ...choice, firstDay: day })}
          />
          <DateInput
            label="Last day"
            value={choice.lastDay}
            onChange={(day) => day && onChange({ ...choice, lastDay: day })}
          />
        </div>
      )}
      <p className="hint">
        {'firstDay' in choice ? `Days in the branch's time zone (${timeZone}). ` : ''}The figures refresh every 30
        seconds.
      </p>
    </div>
  );
}
