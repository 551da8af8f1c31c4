import { switchLocale } from '@edutrack/i18n/browser';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { describe, expect, it, vi } from 'vitest';
import type { ParentEvening } from '../../src/api/types.ts';
import { EveningPage } from '../../src/features/evenings/evening-page.tsx';
import { MAYA, SAM } from './support/fixtures.ts';
import { EVENING_ID, JONES, OKAFOR, RIVERA, held, parentEvening } from './support/evening-fixtures.ts';
import { apiError } from './support/fake-api.ts';
import { renderWithApi } from './support/render-with-api.tsx';

const NOW = '2030-01-16T09:00:00.000Z';

/** Booked meetings at 16:00 (Ms. Rivera, about Maya) and 16:05 (Mr. Okafor, about Sam). */
function booked(overrides: Partial<ParentEvening> = {}, canCancel = [true, true]): ParentEvening {
  const meetings = [held(RIVERA, MAYA.id, 0, NOW), held(OKAFOR, SAM.id, 1, NOW)].map((m, i) => ({
    appointmentId: `00000000-0000-4000-8000-0000000a000${i}`,
    slotId: m.slotId,
    studentId: m.studentId,
    studentName: m.studentId === MAYA.id ? MAYA.name : SAM.name,
    teachers: [{ id: m.target.id, displayName: m.target.name }],
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    canCancel: canCancel[i]!,
  }));
  return parentEvening({ phase: 'open', serverNow: NOW, meetings, ...overrides });
}

/** The evening's screen as the app routes it, re-reading the evening from the (fake) server. */
function renderEvening(evening: () => ParentEvening, handlers: Record<string, (input: any) => unknown> = {}) {
  vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  return renderWithApi(
    <Route path="/book/evenings/:id">
      <EveningPage />
    </Route>,
    { path: `/book/evenings/${EVENING_ID}`, handlers: { 'parent.evenings.get': evening, ...handlers } },
  );
}

const itinerary = () =>
  [...screen.getByRole('region', { name: 'Your evening' }).querySelectorAll('.itinerary-who')].map(
    (who) => who.textContent,
  );

describe("changing a booked parents' evening", { timeout: 15_000 }, () => {
  it('cancels one meeting after asking, says so, and the meeting leaves the evening', async () => {
    const user = userEvent.setup();
    let current = booked();
    const { calls } = renderEvening(() => current, {
      'parent.evenings.cancel': () => {
        current = booked({ meetings: current.meetings.slice(1) });
        return { cancelled: current.meetings[0] };
      },
    });
    await screen.findByRole('region', { name: 'Your evening' });
    expect(itinerary()).toEqual(['Ms. Rivera, about Maya Chen', 'Mr. Okafor, about Sam Chen']);

    await user.click(screen.getByRole('button', { name: 'Cancel the meeting with Ms. Rivera, about Maya Chen' }));
    const confirm = screen.getByRole('group', { name: 'Cancel the meeting with Ms. Rivera, about Maya Chen' });
    expect(confirm.textContent).toMatch(/Cancel your meeting with Ms\. Rivera about Maya Chen at 16:00–16:05\?/);
    // Nothing is cancelled until the parent says yes.
    expect(calls.some((c) => c.path === 'parent.evenings.cancel')).toBe(false);

    await user.click(within(confirm).getByRole('button', { name: 'Yes, cancel it' }));
    await screen.findByText(/Your meeting with Ms\. Rivera about Maya Chen at 16:00–16:05 is cancelled/);
    expect(calls.find((c) => c.path === 'parent.evenings.cancel')?.input).toEqual({
      appointmentId: '00000000-0000-4000-8000-0000000a0000',
    });
    await vi.waitFor(() => expect(itinerary()).toEqual(['Mr. Okafor, about Sam Chen']));
  });

  it('keeps the meeting when the parent changes their mind, and shows why the school refused', async () => {
    const user = userEvent.setup();
    renderEvening(() => booked(), {
      'parent.evenings.cancel': () => {
        throw apiError('PRECONDITION_FAILED', 'Booking has closed. To change this meeting, contact the school office.');
      },
    });
    const name = 'Cancel the meeting with Mr. Okafor, about Sam Chen';
    await user.click(await screen.findByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name })).toBeNull();

    await user.click(screen.getByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/contact the school office/);
    expect(itinerary()).toHaveLength(2);
  });

  it('after closing, offers no cancel button but says to contact the school office', async () => {
    renderEvening(() =>
      booked({ phase: 'closed', rules: { ...parentEvening().rules, closesAt: '2030-01-16T08:00:00.000Z' } }, [
        false,
        false,
      ]),
    );
    await screen.findByRole('region', { name: 'Your evening' });
    expect(screen.queryByRole('button', { name: /Cancel/ })).toBeNull();
    expect(
      screen.getByText(
        'Booking has closed, so these meetings can no longer be changed in the app. To cancel or move one, please contact the school office.',
      ),
    ).toBeTruthy();
  });

  it('when only one day has closed, says so beside that meeting and still offers to cancel the other', async () => {
    renderEvening(() => booked({}, [false, true]));
    await screen.findByRole('region', { name: 'Your evening' });
    const [rivera, okafor] = screen.getAllByRole('listitem').filter((li) => li.className === 'itinerary-stop');
    expect(rivera!.textContent).toMatch(/Booking has closed for this day: .*contact the school office/);
    expect(within(rivera!).queryByRole('button', { name: /Cancel/ })).toBeNull();
    expect(within(okafor!).getByRole('button', { name: /Cancel the meeting with Mr\. Okafor/ })).toBeTruthy();
  });

  it("speaks the parent's language, with its plurals", async () => {
    await switchLocale('pl');
    try {
      renderEvening(() =>
        booked({ phase: 'closed', rules: { ...parentEvening().rules, closesAt: '2030-01-16T08:00:00.000Z' } }, [
          false,
          false,
        ]),
      );
      const region = await screen.findByRole('region', { name: 'Twój plan spotkań' });
      expect(region.textContent).toMatch(/wtorek, 22 stycznia: 2 spotkania, jedno po drugim\./i);
      expect(region.textContent).toMatch(/więc tych spotkań nie można już zmienić w aplikacji/);
      expect(within(region).getAllByText(/, w sprawie: /)).toHaveLength(2);
    } finally {
      await switchLocale('en');
    }
  });

  it("leaves a teacher's waiting list and says so", async () => {
    const user = userEvent.setup();
    const waiting = {
      id: '00000000-0000-4000-8000-0000000c0001',
      studentId: MAYA.id,
      teacherId: JONES.id,
      status: 'waiting' as const,
    };
    let current = booked({ waitlist: [waiting] });
    const { calls } = renderEvening(() => current, {
      'parent.evenings.leaveWaitlist': () => {
        current = booked();
        return { left: true };
      },
    });
    const region = await screen.findByRole('region', { name: 'Your evening' });
    expect(within(region).getByText('Mrs. Jones, about Maya Chen')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Leave the waiting list for Mrs. Jones, about Maya Chen' }));
    await screen.findByText("You've left the waiting list for Mrs. Jones, about Maya Chen.");
    expect(calls.find((c) => c.path === 'parent.evenings.leaveWaitlist')?.input).toEqual({ entryId: waiting.id });
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: 'On the waiting list' })).toBeNull());
  });
});
