import type { Locator, Page } from 'playwright-core';
import { segmentKeys } from './date-segment-keys.ts';

/**
 * Types a date ('YYYY-MM-DD') or a time ('HH:mm') into the staff portal's date or time field named
 * `label`, part by part as a person does, in whatever order the school's region puts the parts
 * (day first in the UK, month first in the US) and with AM/PM where its clock has them.
 */
export async function fillDateTimeField(scope: Page | Locator, label: string, value: string): Promise<void> {
  const field = scope.getByRole('group', { name: label, exact: true });
  const segments = await field.getByRole('spinbutton').all();
  const types = await Promise.all(segments.map((segment) => segment.getAttribute('data-type')));
  const twelveHour = types.includes('dayPeriod');
  for (const [i, segment] of segments.entries()) {
    await segment.click();
    await segment.pressSequentially(segmentKeys(value, types[i] ?? '', twelveHour));
  }
  await segments.at(-1)?.blur();
}
