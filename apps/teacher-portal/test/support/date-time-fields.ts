import { dayPeriodValue, segmentKeys } from '@edutrack/e2e/date-segment-keys';
import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

/** The date or time field named `label` (the group holding its parts), optionally inside `scope`. */
export const dateTimeField = (label: string, scope?: HTMLElement) =>
  (scope ? within(scope) : screen).getByRole('group', { name: label });

/**
 * Types a date ('YYYY-MM-DD') or time ('HH:mm') into a DateInput / TimeInput part by part, in the
 * order its region shows them, as the browser tests do with `fillDateTimeField`.
 */
export async function typeDateTime(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  value: string,
  scope?: HTMLElement,
): Promise<void> {
  const segments = within(dateTimeField(label, scope)).getAllByRole('spinbutton');
  const twelveHour = segments.some((s) => s.dataset.type === 'dayPeriod');
  for (const segment of segments) {
    await user.click(segment);
    if (segment.dataset.type !== 'dayPeriod')
      await user.keyboard(segmentKeys(value, segment.dataset.type ?? '', twelveHour));
    // AM/PM: each arrow press sets or flips it; two presses at most reach either.
    else
      for (let press = 0; press < 2 && segment.getAttribute('aria-valuenow') !== dayPeriodValue(value); press++)
        await user.keyboard('{ArrowUp}');
  }
  await user.tab();
}

/**
 * The parts of a field as read, e.g. "01/12/2026" or "5:00 PM": without the invisible direction marks,
 * and with any space as a plain one (Intl puts a narrow space before PM in some places, not others).
 */
export const shownValue = (label: string, scope?: HTMLElement) =>
  dateTimeField(label, scope)
    .textContent?.replace(/[\u200e\u200f\u2066-\u2069]/g, '')
    .replace(/\s/g, ' ');

/** Whether a screen reader hears the field as invalid: each of its parts says so. */
export const isMarkedInvalid = (label: string, scope?: HTMLElement) =>
  within(dateTimeField(label, scope))
    .getAllByRole('spinbutton')
    .every((s) => s.getAttribute('aria-invalid') === 'true');
