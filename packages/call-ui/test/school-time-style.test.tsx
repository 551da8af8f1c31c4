import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderParentCall, renderTeacherCall } from './support/render-call.tsx';
import { ticketFor } from './support/ticket.ts';

/** The ticket carries the school's locale and zone: the call screens write times the way the school does. */
const inCall = () => screen.findByRole('heading', { name: 'Meeting with Li Chen about Maya Chen' });

describe('call screens write times in the school’s style', () => {
  test('a US school: the 12-hour clock, in the school’s zone (New York) when the app names none', async () => {
    renderTeacherCall({
      at: '2026-11-24T17:02:00Z',
      timeZone: undefined,
      ticket: ticketFor('teacher', { school: { locale: 'en-US', timeZone: 'America/New_York' } }),
    });
    await inCall();
    expect(screen.getByText(/Time left/).textContent).toBe('Time left 8:00 (until 12:10 PM)');
  });

  test('a UK school: the 24-hour clock', async () => {
    renderTeacherCall({
      at: '2026-11-24T17:02:00Z',
      ticket: ticketFor('teacher', { school: { locale: 'en-GB', timeZone: 'Europe/London' } }),
    });
    await inCall();
    expect(screen.getByText(/Time left/).textContent).toBe('Time left 8:00 (until 17:10)');
  });

  test('a parent of a US school waiting: the expected start of a late teacher reads 12-hour', async () => {
    renderParentCall({
      ticket: ticketFor('guardian', { school: { locale: 'en-US', timeZone: 'America/New_York' } }),
      loadTeacherPresence: async () => ({
        teacherPresent: false,
        runningLate: { minutes: 10, expectedStartsAt: '2026-11-24T17:10:00Z' },
      }),
      teacherPresencePollMs: 20,
    });
    const join = await screen.findByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });
    await waitFor(() => expect(join.disabled).toBe(false));
    await userEvent.click(join);
    expect(
      await screen.findByText('Ms. Rivera is running about 10 minutes late. Expected start: 5:10 PM.'),
    ).toBeTruthy();
  });
});
