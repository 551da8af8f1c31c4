import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatClock } from '@edutrack/i18n';
import type { StaffMe } from '../../src/api/types.ts';
import { PublishSlotsForm } from '../../src/features/availability/publish-slots-form.tsx';
import { dateTimeField, isMarkedInvalid, shownValue, typeDateTime } from '../support/date-time-fields.ts';
import { fakeApi } from '../support/fake-api.ts';
import { staffMe, TEACHERS } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

/** The date and time fields follow the school's "Language and region", not the browser's (issue 15). */
const inLocale = (locale: string): StaffMe => {
  const me = staffMe();
  return { ...me, branches: me.branches.map((b) => ({ ...b, locale })) };
};
/** A time as the portal writes it everywhere else (format-time.ts), for the fields to agree with. */
const clock = (time: string, locale: string) =>
  formatClock(`2031-03-01T${time}:00Z`, { locale, zone: 'UTC' }).replace(/\s/g, ' ');
const partsOf = (label: string) =>
  within(dateTimeField(label))
    .getAllByRole('spinbutton')
    .map((s) => s.dataset.type);

function renderForm(locale: string) {
  const api = fakeApi({ 'staff.availability.publish': () => ({ created: [], skipped: [] }) });
  renderPortal(
    <PublishSlotsForm
      zone="Europe/London"
      teacherId={TEACHERS[0]!.id}
      defaultDate="2031-03-01"
      onDateChange={vi.fn()}
    />,
    { api, me: inLocale(locale) },
  );
  return api;
}

/** Types 12 March 2031, 09:05 to 18:30, part by part in the school's order. */
async function typeTwelfthOfMarch() {
  const user = userEvent.setup();
  await typeDateTime(user, 'Date', '2031-03-12');
  await typeDateTime(user, 'From', '09:05');
  await typeDateTime(user, 'To', '18:30');
  return user;
}

/** Whatever the region showed, the form sends what was typed as 'YYYY-MM-DD' and 'HH:mm'. */
async function publishesTheSameValues(user: ReturnType<typeof userEvent.setup>, api: ReturnType<typeof renderForm>) {
  await user.click(screen.getByRole('button', { name: /^Publish/ }));
  await vi.waitFor(() =>
    expect(api.callsTo('staff.availability.publish')).toEqual([
      expect.objectContaining({ date: '2031-03-12', startTime: '09:05', endTime: '18:30' }),
    ]),
  );
}

describe('date and time fields in the school’s region', () => {
  it.each([
    [
      'a UK school reads the day before the month and a 24-hour clock, whatever the browser’s language',
      {
        locale: 'en-GB',
        dateParts: ['day', 'month', 'year'],
        timeParts: ['hour', 'minute'],
        shown: { date: '01/03/2031', from: '17:00' },
        typed: { date: '12/03/2031', from: '09:05', to: '18:30' },
      },
    ],
    [
      'a US school reads the month first and AM/PM, and typing gives the same values',
      {
        locale: 'en-US',
        dateParts: ['month', 'day', 'year'],
        timeParts: ['hour', 'minute', 'dayPeriod'],
        shown: { date: '3/1/2031', from: '5:00 PM' },
        typed: { date: '3/12/2031', from: '9:05 AM', to: '6:30 PM' },
      },
    ],
  ] as const)('%s', async (_school, { locale, dateParts, timeParts, shown, typed }) => {
    const api = renderForm(locale);
    expect(partsOf('Date')).toEqual(dateParts);
    expect(shownValue('Date')).toBe(shown.date);
    expect(partsOf('From')).toEqual(timeParts);
    expect(shownValue('From')).toBe(shown.from);
    expect(shownValue('From')).toBe(clock('17:00', locale));

    const user = await typeTwelfthOfMarch();
    expect(shownValue('Date')).toBe(typed.date);
    expect(shownValue('From')).toBe(typed.from);
    expect(shownValue('To')).toBe(typed.to);
    await publishesTheSameValues(user, api);
  });

  it('an Arabic school reads the parts in its own order and marks, and typing still gives the same values', async () => {
    const api = renderForm('ar');
    expect(partsOf('From')).toEqual(['hour', 'minute', 'dayPeriod']);
    expect(shownValue('From')).toBe(clock('17:00', 'ar'));

    const user = await typeTwelfthOfMarch();
    expect(shownValue('From')).toBe(clock('09:05', 'ar'));
    expect(shownValue('To')).toBe(clock('18:30', 'ar'));
    await publishesTheSameValues(user, api);
  });

  it('a time left with its hour wiped out is refused at the field, not taken as empty', async () => {
    const api = renderForm('en-GB');
    const user = userEvent.setup();
    await typeDateTime(user, 'Date', '2031-03-12');
    const [hour] = within(dateTimeField('To')).getAllByRole('spinbutton');
    await user.click(hour!);
    await user.keyboard('{Backspace}{Backspace}');
    expect(hour!.hasAttribute('data-placeholder')).toBe(true);
    await user.click(screen.getByRole('button', { name: /^Publish/ }));
    expect(await screen.findByText('This time is only partly typed. Finish it: hours and minutes.')).toBeTruthy();
    expect(isMarkedInvalid('To')).toBe(true);
    // What is still typed stays, for the teacher to finish; typed back as it was, it is whole again.
    expect(shownValue('To')).toBe('––:00');
    expect(api.callsTo('staff.availability.publish')).toEqual([]);
    await user.click(hour!);
    await user.keyboard('20');
    await user.click(screen.getByRole('button', { name: /^Publish/ }));
    await vi.waitFor(() =>
      expect(api.callsTo('staff.availability.publish')).toEqual([expect.objectContaining({ endTime: '20:00' })]),
    );
    expect(screen.queryByText('This time is only partly typed. Finish it: hours and minutes.')).toBeNull();
  });
});
