import { useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  Button,
  DateInput as SegmentsInput,
  DatePicker,
  DateSegment,
  Group,
  I18nProvider,
  Label,
  Text,
  TimeField,
} from 'react-aria-components';
import { hourHasTwoDigits } from '@edutrack/i18n';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { CalendarPopover } from './calendar-popover.tsx';
import { calendarDateOf, dateText, PARTLY_TYPED, timeOf, timeText } from './date-time-values.ts';

interface DateTimeFieldProps {
  label: string;
  /**
   * 'YYYY-MM-DD' for a date, 'HH:mm' for a time; '' while empty or incomplete, or PARTLY_TYPED once a
   * partly typed field loses focus when `reportPartlyTyped` (forms, whose schemas refuse it).
   */
  value: string;
  reportPartlyTyped?: boolean;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Label beside the field rather than above it. */
  inline?: boolean;
  /** RHF's ref, so a failed submit can focus the field's first part. */
  focusRef?: (handle: { focus: () => void } | null) => void;
}

/**
 * A date typed part by part (day, month, year) in the order and with the separators of the branch's
 * "Language and region", not the browser's: a UK school on an American browser still reads 01/12/2026.
 * Or picked from a month's calendar (the button beside the parts), as the browser's own field offered.
 * Label, hint and error sit and are announced as in `TextField`.
 */
export function DateInput({ value, onChange, inline, reportPartlyTyped, ...shell }: DateTimeFieldProps) {
  const { group, onBlur, whole } = usePartlyTypedReport({ value, onChange, onBlur: shell.onBlur, reportPartlyTyped });
  const date = useMemo(() => calendarDateOf(whole), [whole]);
  return (
    <InBranchLocale>
      <DatePicker
        value={date}
        onChange={(next) => onChange(dateText(next))}
        onBlur={onBlur}
        isInvalid={Boolean(shell.error)}
        className={fieldClass(shell.error, inline)}
      >
        <FieldParts {...shell} group={group} withCalendar />
        <CalendarPopover />
      </DatePicker>
    </InBranchLocale>
  );
}

/** A time typed as hour and minute, with a 12- or 24-hour clock as the branch's region writes it. */
export function TimeInput({ value, onChange, inline, reportPartlyTyped, ...shell }: DateTimeFieldProps) {
  const { locale } = useTimeStyle();
  const { group, onBlur, whole } = usePartlyTypedReport({ value, onChange, onBlur: shell.onBlur, reportPartlyTyped });
  const time = useMemo(() => timeOf(whole), [whole]);
  return (
    <InBranchLocale>
      <TimeField
        value={time}
        // The hour as format-time.ts writes it everywhere else: 09:05 in the UK, 9:05 AM in the US.
        shouldForceLeadingZeros={hourHasTwoDigits(locale)}
        onChange={(next) => onChange(timeText(next))}
        onBlur={onBlur}
        isInvalid={Boolean(shell.error)}
        className={fieldClass(shell.error, inline)}
      >
        <FieldParts {...shell} group={group} />
      </TimeField>
    </InBranchLocale>
  );
}

/**
 * React Aria keeps a partly typed field's value null, which the form would read as empty and quietly
 * drop (a half-typed "early booking opens on"), or keeps the last whole value while a part of it is
 * wiped out, which the form would send. When focus leaves a field with some parts typed and some
 * not, the form hears PARTLY_TYPED, which its schema refuses; with every part cleared, ''.
 * React Aria goes on being handed the last whole value (`whole`): handed null, it would wipe out
 * the parts still typed.
 */
function usePartlyTypedReport(field: {
  value: string;
  onChange: (value: string) => void;
  onBlur: (() => void) | undefined;
  reportPartlyTyped: boolean | undefined;
}) {
  const group = useRef<HTMLDivElement | null>(null);
  const [whole, setWhole] = useState(field.value);
  if (field.value !== PARTLY_TYPED && field.value !== whole) setWhole(field.value);
  const onBlur = () => {
    if (field.reportPartlyTyped && group.current) {
      const parts = [...group.current.querySelectorAll('[role="spinbutton"]')];
      const typed = parts.filter((part) => !part.hasAttribute('data-placeholder')).length;
      if (typed > 0 && typed < parts.length) {
        if (field.value !== PARTLY_TYPED) field.onChange(PARTLY_TYPED);
      } else if (typed === 0 && field.value !== '') field.onChange('');
    }
    field.onBlur?.();
  };
  return { group, onBlur, whole };
}

function InBranchLocale({ children }: { children: ReactNode }) {
  const { locale } = useTimeStyle();
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}

const fieldClass = (error: string | undefined, inline?: boolean) =>
  `field${inline ? ' inline' : ''}${error ? ' has-error' : ''}`;

/**
 * Label, hint, the segments (with the calendar's button for a date) and the error: React Aria wires
 * them with aria-labelledby/-describedby.
 */
function FieldParts({
  label,
  hint,
  error,
  focusRef,
  group,
  withCalendar,
}: Omit<DateTimeFieldProps, 'value' | 'onChange' | 'inline'> & {
  group: RefObject<HTMLDivElement | null>;
  withCalendar?: boolean;
}) {
  const segments = (
    <SegmentsInput
      className={withCalendar ? 'segments' : 'segments-input'}
      ref={(element) => {
        group.current = element;
        focusRef?.(element && { focus: () => element.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() });
      }}
    >
      {(segment) => <DateSegment segment={segment} className="segment" />}
    </SegmentsInput>
  );
  return (
    <>
      <Label className="field-label">{label}</Label>
      {hint && (
        <Text slot="description" elementType="p" className="hint">
          {hint}
        </Text>
      )}
      {withCalendar ? (
        <Group className="segments-input">
          {segments}
          {/* Named by React Aria ("Calendar", with the field's label), in the school's language. */}
          <Button className="calendar-button">
            <CalendarIcon />
          </Button>
        </Group>
      ) : (
        segments
      )}
      {error && (
        <Text slot="errorMessage" elementType="p" className="field-error">
          {error}
        </Text>
      )}
    </>
  );
}

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <rect x="3" y="4.5" width="14" height="12.5" rx="1.5" />
      <path d="M3 8.5h14M7 2.5v4M13 2.5v4" />
    </svg>
  );
}
