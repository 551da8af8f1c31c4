import { formatClock, formatClockSpan, formatFullDate } from '@edutrack/i18n';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { isCalendarDate } from '../../lib/day-labels.ts';
import { minutesAfter, zonedInstant } from '../../lib/zoned-time.ts';

/**
 * The day and times being set, written out: "Tuesday 1 December 2026, 17:00–17:10". The fields show
 * 01/12/2026 and 17:00 in the school's style already; this line adds what they cannot: the weekday
 * (schools plan in "the Tuesday evening", and a slip in the day shows as the wrong weekday) and, for a
 * meeting typed as a start and a length, when it ends. docs/decisions/016. Nothing while the date is
 * incomplete.
 */
function ChosenDate({ date, from, to, zone }: { date: string | undefined; from?: string; to?: string; zone?: string }) {
  const style = useTimeStyle(zone);
  if (!isCalendarDate(date)) return null;
  const day = formatFullDate(`${date}T12:00:00Z`, { locale: style.locale, zone: 'UTC' });
  const start = from ? zonedInstant(date, from, style.zone) : null;
  const end = to ? zonedInstant(date, to, style.zone) : null;
  const time =
    start && end && end > start ? formatClockSpan(start, end, style) : start ? formatClock(start, style) : '';
  return (
    <p className="hint chosen-date" aria-live="polite">
      {time ? `${day}, ${time}` : day}
    </p>
  );
}

/**
 * `ChosenDate` for the fields of a react-hook-form form, named by path. `useWatch` re-renders only
 * this line on each keystroke, not the whole form.
 */
export function WatchedChosenDate<T extends FieldValues>(props: {
  control: Control<T>;
  date: Path<T>;
  from: Path<T>;
  to?: Path<T>;
  zone?: string;
  /** Minutes after `from` when the form asks for a length instead of an end time. */
  lengthField?: Path<T>;
}) {
  const names = [props.date, props.from, props.to ?? props.date, props.lengthField ?? props.date] as Path<T>[];
  const [date, from, to, length] = (useWatch({ control: props.control, name: names }) as unknown[]).map(text);
  const end = props.to ? to : props.lengthField ? minutesAfter(from, Number(length)) : undefined;
  return <ChosenDate date={date} from={from} to={end} zone={props.zone} />;
}

/** A field's value as text: what an empty or untouched field holds is "". */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
