import type { Locator, Page } from 'playwright-core';
import { dayPeriodValue, segmentKeys } from './date-segment-keys.ts';

/**
 * Types a date ('YYYY-MM-DD') or a time ('HH:mm') into the staff portal's date or time field named
 * `label`, part by part as a person does, in whatever order the school's region puts the parts
 * (day first in the UK, month first in the US) and with AM/PM where its clock has them, in any language.
 */
export async function fillDateTimeField(scope: Page | Locator, label: string, value: string): Promise<void> {
  const field = scope.getByRole('group', { name: label, exact: true });
  const segments = await field.getByRole('spinbutton').all();
  const types = await Promise.all(segments.map((segment) => segment.getAttribute('data-type')));
  const twelveHour = types.includes('dayPeriod');
  for (const [i, segment] of segments.entries()) {
    await segment.click();
    if (types[i] !== 'dayPeriod') await segment.pressSequentially(segmentKeys(value, types[i] ?? '', twelveHour));
    // AM/PM: each arrow press sets or flips it; two presses at most reach either.
    else
      for (let press = 0; press < 2 && (await segment.getAttribute('aria-valuenow')) !== dayPeriodValue(value); press++)
        await segment.press('ArrowUp');
  }
  await segments.at(-1)?.blur();
}
