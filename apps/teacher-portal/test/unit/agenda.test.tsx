import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { TeacherSwitcher } from '../../src/layout/teacher-switcher.tsx';
import { AgendaPage } from '../../src/features/agenda/agenda-page.tsx';
import { fakeApi } from '../support/fake-api.ts';
import { meeting, staffMe, TEACHERS } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const NEW_YORK = 'America/New_York';
const dayBounds = (days: number) => {
  const start = DateTime.now().setZone(NEW_YORK).startOf('day').plus({ days });
  return { from: start.toUTC().toISO(), to: start.plus({ days: 1 }).toUTC().toISO() };
};
const later = DateTime.now().plus({ hours: 3 }).startOf('minute');
const upcoming = meeting({ startsAt: later.toUTC().toISO(), endsAt: later.plus({ minutes: 15 }).toUTC().toISO() });

describe('the agenda', () => {
  it("asks for the branch's calendar day, in the branch's time zone, for the day picked", async () => {
    const api = fakeApi({
      'staff.appointments.list': () => ({ items: [], nextCursor: null }),
      'staff.directory.teachers': () => [],
    });
    const { location } = renderPortal(<AgendaPage />, { api, me: staffMe('teacher', NEW_YORK) });
    const user = userEvent.setup();
    const ranges = () => api.callsTo('staff.appointments.list').filter((i) => i.view === 'range');
    await waitFor(() => expect(ranges()[0]).toMatchObject({ ...dayBounds(0), teacherId: TEACHERS[0]!.id }));
    expect(screen.getByRole('heading', { level: 2, name: /^Today, / })).toBeTruthy();
    expect(screen.getAllByText('No meetings on this day.')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Tomorrow' }));
    await waitFor(() => expect(ranges().at(-1)).toMatchObject(dayBounds(1)));
    expect(screen.getByRole('button', { name: 'Tomorrow' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: /^Tomorrow, / })).toBeTruthy();
    expect(location.history.at(-1)).toBe(`/?day=${DateTime.now().setZone(NEW_YORK).plus({ days: 1 }).toISODate()}`);
  });

  it('shows each meeting with parent, child, topic and status, and refreshes by itself', async () => {
    // A fixed morning in the branch's zone, so the meeting three hours later is always today's.
    const morning = DateTime.fromISO('2026-03-10T09:00', { zone: 'Europe/London' });
    vi.useFakeTimers({ shouldAdvanceTime: true, now: morning.toMillis() });
    const start = morning.plus({ hours: 3 });
    const today = meeting({ startsAt: start.toUTC().toISO()!, endsAt: start.plus({ minutes: 15 }).toUTC().toISO()! });
    let current = today;
    const api = fakeApi({
      'staff.appointments.list': () => ({ items: [current], nextCursor: null }),
      'staff.directory.teachers': () => [],
    });
    renderPortal(<AgendaPage />, { api, me: staffMe() });
    // The fake answers every list with this meeting: it shows once, under the day it falls on.
    const list = await screen.findByRole('list', { name: /^Meetings on / });
    expect(screen.queryByRole('list', { name: 'Other upcoming meetings' })).toBeNull();
    const card = within(list).getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'Li Chen, parent of Maya Chen' })).toBeTruthy();
    expect(within(card).getByText('Reading progress this term')).toBeTruthy();
    expect(within(card).getByText('Scheduled')).toBeTruthy();

    current = { ...today, status: 'cancelled', cancelReason: 'Teacher is ill' };
    await act(() => vi.advanceTimersByTimeAsync(16_000));
    const refreshed = within(screen.getByRole('list', { name: /^Meetings on / }));
    await waitFor(() => expect(refreshed.getByText('Cancelled')).toBeTruthy());
    expect(refreshed.getByText('Reason: Teacher is ill')).toBeTruthy();
  });

  it("lets an admin see every teacher's meetings or switch to one teacher", async () => {
    const api = fakeApi({
      'staff.appointments.list': () => ({ items: [upcoming], nextCursor: null }),
      'staff.directory.teachers': () => [{ ...staffMe('admin'), role: 'admin' }, ...TEACHERS],
    });
    renderPortal(
      <>
        <TeacherSwitcher />
        <AgendaPage />
      </>,
      { api, me: staffMe('admin') },
    );
    const user = userEvent.setup();
    expect(await screen.findByText('Meetings of every teacher in the branch.')).toBeTruthy();
    expect((await screen.findAllByText('With Ms. Rivera')).length).toBeGreaterThan(0);
    expect(api.callsTo('staff.appointments.list').every((i) => i.teacherId === undefined)).toBe(true);

    await user.selectOptions(await screen.findByLabelText('Showing'), 'Mr. Okafor (Ben Okafor)');
    expect(await screen.findByText('Meetings of Mr. Okafor.')).toBeTruthy();
    await waitFor(() => expect(api.callsTo('staff.appointments.list').at(-1)?.teacherId).toBe(TEACHERS[1]!.id));
    expect(screen.queryByText('With Ms. Rivera')).toBeNull();
  });
});
