import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DaySlots } from '../../src/features/availability/day-slots.tsx';
import { fakeApi } from '../support/fake-api.ts';
import { staffMe, TEACHERS } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const slot = (id: string, start: string, booking: null | { guardianName: string; studentName: string } = null) => ({
  id,
  startsAt: `2030-03-05T${start}:00.000Z`,
  endsAt: `2030-03-05T${start.slice(0, 3)}${String(Number(start.slice(3)) + 10).padStart(2, '0')}:00.000Z`,
  booking: booking && { appointmentId: `appt-${id}`, ...booking },
});

describe("a day's published slots", () => {
  it('shows who booked what, and removes only the selected free slots, reporting any booked meanwhile', async () => {
    const api = fakeApi({
      'staff.availability.list': () => [
        slot('a', '17:00'),
        slot('b', '17:12', { guardianName: 'Li Chen', studentName: 'Maya Chen' }),
        slot('c', '17:24'),
        slot('d', '17:36'),
      ],
      'staff.availability.remove': () => ({ removed: 1, keptBooked: ['c'] }),
    });
    renderPortal(<DaySlots date="2030-03-05" teacherId={TEACHERS[0]!.id} zone="Europe/London" />, {
      api,
      me: staffMe(),
    });
    const user = userEvent.setup();

    const booked = await screen.findByRole('link', { name: 'Booked by Li Chen for Maya Chen' });
    expect(booked.getAttribute('href')).toBe('/meetings/appt-b');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Remove selected (0)' }).disabled).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: /17:00–17:10/ }));
    await user.click(screen.getByRole('checkbox', { name: /17:24–17:34/ }));
    await user.click(screen.getByRole('button', { name: 'Remove selected (2)' }));

    expect(await screen.findByText('Removed 1 slot.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/^1 slot was booked in the meantime and stayed/),
    );
    expect(api.callsTo('staff.availability.remove')).toEqual([{ slotIds: ['a', 'c'] }]);
  });
});
