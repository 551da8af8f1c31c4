import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { PublishSlotsForm } from '../../src/features/availability/publish-slots-form.tsx';
import { dateTimeField, isMarkedInvalid, typeDateTime } from '../support/date-time-fields.ts';
import { fakeApi } from '../support/fake-api.ts';
import { staffMe, TEACHERS } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const ZONE = 'Europe/London';
const date = DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!;
const at = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toUTC().toISO()!;

async function setField(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, value);
}
const previewTimes = () =>
  within(screen.getByRole('list', { name: 'Slot times' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('publishing availability', () => {
  it('previews the slot times as the run is typed, then reports what was published and skipped', async () => {
    const api = fakeApi({
      'staff.availability.publish': () => ({
        created: [
          { id: 's1', startsAt: at('17:00'), endsAt: at('17:10') },
          { id: 's2', startsAt: at('17:15'), endsAt: at('17:25') },
          { id: 's3', startsAt: at('17:45'), endsAt: at('17:55') },
        ],
        skipped: [{ startsAt: at('17:30'), endsAt: at('17:40'), reason: 'You already have a meeting around 17:30.' }],
      }),
    });
    renderPortal(
      <PublishSlotsForm zone={ZONE} teacherId={TEACHERS[0]!.id} defaultDate={date} onDateChange={vi.fn()} />,
      { api, me: staffMe() },
    );
    const user = userEvent.setup();
    expect(previewTimes()).toHaveLength(15);

    await typeDateTime(user, 'To', '18:00');
    expect(previewTimes()).toEqual(['17:00–17:10', '17:12–17:22', '17:24–17:34', '17:36–17:46', '17:48–17:58']);
    await setField(user, 'Gap between slots (minutes)', '5');
    expect(previewTimes()).toEqual(['17:00–17:10', '17:15–17:25', '17:30–17:40', '17:45–17:55']);
    expect(screen.getByText('4 slots, from 17:00 to 17:55:')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Publish 4 slots' }));
    expect(await screen.findByText('Published 3 slots. Parents can book them now.')).toBeTruthy();
    expect(screen.getByText('17:30–17:40: You already have a meeting around 17:30.')).toBeTruthy();
    expect(api.callsTo('staff.availability.publish')).toEqual([
      { date, startTime: '17:00', endTime: '18:00', slotMinutes: 10, gapMinutes: 5, teacherId: TEACHERS[0]!.id },
    ]);
  });

  it('explains a run that makes no slots, and does not send it', async () => {
    const api = fakeApi({});
    renderPortal(
      <PublishSlotsForm zone={ZONE} teacherId={TEACHERS[0]!.id} defaultDate={date} onDateChange={vi.fn()} />,
      { api, me: staffMe() },
    );
    const user = userEvent.setup();
    await typeDateTime(user, 'To', '16:00');
    expect(screen.getByText('The end time must be after the start time.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Slot times' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Publish slots' }));
    await waitFor(() => expect(isMarkedInvalid('To')).toBe(true));
    // The failed submit takes the keyboard to the field to fix, its first part.
    expect(document.activeElement).toBe(within(dateTimeField('To')).getAllByRole('spinbutton')[0]);
    expect(api.callsTo('staff.availability.publish')).toHaveLength(0);
  });
});
