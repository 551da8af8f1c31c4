import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchLocale } from '@edutrack/i18n/browser';
import { EveningScreen } from '../../src/features/evenings/evening-screen.tsx';
import { MAYA, SAM } from './support/fixtures.ts';
import {
  EVENING_ID,
  JONES,
  KIM,
  OKAFOR,
  PATEL,
  RIVERA,
  held,
  parentEvening,
  proposal,
} from './support/evening-fixtures.ts';
import { renderWithApi } from './support/render-with-api.tsx';

function at(iso: string) {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date', 'setInterval', 'clearInterval'] });
}
/** Moves the (faked) clock on; useNow() ticks with it. */
function advance(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

afterEach(() => switchLocale('en'));

const OPEN = parentEvening({ phase: 'open', serverNow: '2030-01-15T18:00:05.000Z' });
const HELD_UNTIL = '2030-01-15T18:02:05.000Z';
// Maya and Sam, five teachers, back to back and interleaved so neither child's teachers keep the parent waiting.
const FIVE = [
  held(RIVERA, MAYA.id, 0, HELD_UNTIL),
  held(OKAFOR, SAM.id, 1, HELD_UNTIL),
  held(PATEL, MAYA.id, 2, HELD_UNTIL),
  held(KIM, SAM.id, 3, HELD_UNTIL),
  held(JONES, MAYA.id, 4, HELD_UNTIL),
];

function renderOpen(handlers: Record<string, (input: any) => unknown>) {
  at('2030-01-15T18:00:05Z');
  return renderWithApi(<EveningScreen evening={OPEN} receivedAt={Date.now()} />, { handlers });
}

// Clicks and typing run slowly on a busy machine: these tests get more than the default 5 s.
describe("a parents' evening before booking opens", { timeout: 15_000 }, () => {
  it('counts down, then shows booking at the opening time without a reload', () => {
    at('2030-01-15T17:59:50Z');
    renderWithApi(<EveningScreen evening={parentEvening()} receivedAt={Date.now()} />, {
      handlers: { 'parent.evenings.get': () => parentEvening({ phase: 'open' }) },
    });
    expect(screen.getByRole('heading', { name: 'Booking opens 18:00' })).toBeTruthy();
    expect(screen.getByText('0:10')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Find times' })).toBeNull();

    advance(10_000);
    expect(screen.queryByRole('heading', { name: /Booking opens/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Book your meetings' })).toBeTruthy();
    expect(screen.getByText('Booking is open.')).toBeTruthy();
    // Every teacher of both children is ticked to start with.
    const maya = screen.getByRole('group', { name: 'Teachers to see about Maya Chen' });
    expect(
      within(maya)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).checked),
    ).toEqual([true, true, true]);
  });

  it('follows the server clock, not a device clock that runs slow', () => {
    at('2030-01-15T17:58:50Z'); // the phone is a minute behind the server
    renderWithApi(<EveningScreen evening={parentEvening()} receivedAt={Date.now()} />);
    expect(screen.getByText('0:10')).toBeTruthy();
  });

  it('tells a family with early access that they may book first', () => {
    at('2030-01-15T15:59:00Z');
    const early = parentEvening({
      earlyAccess: true,
      youMayBookFrom: '2030-01-15T16:00:00.000Z',
      serverNow: '2030-01-15T15:59:00.000Z',
    });
    renderWithApi(<EveningScreen evening={early} receivedAt={Date.now()} />);
    expect(screen.getByRole('heading', { name: 'Booking opens 16:00' })).toBeTruthy();
    expect(screen.getByText(/see your family first.*general booking opens 18:00/)).toBeTruthy();
  });
});

describe('booking the whole evening', { timeout: 15_000 }, () => {
  it('proposes an itinerary across both children in order, held for 2 minutes, and confirms it in one go', async () => {
    const user = userEvent.setup();
    const { calls } = renderOpen({
      'parent.evenings.propose': () => proposal(FIVE),
      'parent.evenings.confirm': () => ({ meetings: [] }),
      'parent.evenings.get': () => OPEN,
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '16:00');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Until' }), '17:00');
    await user.click(screen.getByRole('button', { name: 'Find times' }));

    const heading = await screen.findByRole('heading', { name: 'Your proposed evening' });
    expect(document.activeElement).toBe(heading);
    expect(calls.find((c) => c.path === 'parent.evenings.propose')?.input).toEqual({
      eveningId: EVENING_ID,
      requests: [
        { studentId: MAYA.id, targetIds: [RIVERA.id, PATEL.id, JONES.id] },
        { studentId: SAM.id, targetIds: [OKAFOR.id, KIM.id] },
      ],
      window: { from: '2030-01-22T16:00:00.000Z', to: '2030-01-22T17:00:00.000Z' },
    });
    const stops = within(screen.getByRole('region', { name: 'Your proposed evening' }))
      .getAllByRole('listitem')
      .map(
        (li) =>
          `${li.querySelector('.itinerary-time')?.textContent} ${li.querySelector('.itinerary-who')?.textContent}`,
      );
    expect(stops).toEqual([
      '16:00–16:05 Ms. Rivera, about Maya Chen',
      '16:05–16:10 Mr. Okafor, about Sam Chen',
      '16:10–16:15 Mr. Patel, about Maya Chen',
      '16:15–16:20 Ms. Kim, about Sam Chen',
      '16:20–16:25 Mrs. Jones, about Maya Chen',
    ]);
    expect(screen.getByText(/holding these times for you for/).textContent).toMatch(/2:00/);
    advance(30_000);
    expect(screen.getByText(/holding these times for you for/).textContent).toMatch(/1:30/);

    await user.click(screen.getByRole('button', { name: 'Confirm all 5 meetings' }));
    await vi.waitFor(() => expect(calls.some((c) => c.path === 'parent.evenings.confirm')).toBe(true));
    expect(calls.find((c) => c.path === 'parent.evenings.confirm')?.input).toEqual({
      eveningId: EVENING_ID,
      slotIds: FIVE.map((m) => m.slotId),
    });
  });

  it('says in words when a teacher is full and puts the family on the waiting list', async () => {
    const user = userEvent.setup();
    const { calls } = renderOpen({
      'parent.evenings.propose': () =>
        proposal(FIVE.slice(0, 4), [
          {
            studentId: MAYA.id,
            target: JONES,
            reason: 'full',
            message: 'Mrs. Jones has no free times left.',
            canJoinWaitlist: true,
          },
        ]),
      'parent.evenings.joinWaitlist': () => ({ id: 'entry' }),
      'parent.evenings.get': () => OPEN,
    });
    await user.click(screen.getByRole('button', { name: 'Find times' }));
    await screen.findByText('Mrs. Jones has no free times left.');
    await user.click(screen.getByRole('button', { name: 'Join the waiting list for Mrs. Jones, about Maya Chen' }));
    await screen.findByText(/You're on the waiting list for Mrs\. Jones/);
    expect(calls.find((c) => c.path === 'parent.evenings.joinWaitlist')?.input).toEqual({
      eveningId: EVENING_ID,
      studentId: MAYA.id,
      targetId: JONES.id,
    });
    expect(screen.getByRole('button', { name: 'Confirm all 4 meetings' })).toBeTruthy();
  });

  it('says in the parent’s language when joining the waiting list could not reach the server', async () => {
    const user = userEvent.setup();
    renderOpen({
      'parent.evenings.propose': () =>
        proposal(FIVE.slice(0, 4), [
          { studentId: MAYA.id, target: JONES, reason: 'full', message: 'Mrs. Jones…', canJoinWaitlist: true },
        ]),
      'parent.evenings.joinWaitlist': () => {
        throw new Error('connection lost');
      },
      'parent.evenings.get': () => OPEN,
    });
    await user.click(screen.getByRole('button', { name: 'Find times' }));
    const join = await screen.findByRole('button', { name: 'Join the waiting list for Mrs. Jones, about Maya Chen' });
    await act(() => switchLocale('es'));
    await user.click(join);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'No hemos podido conectar con EduTrack Meet. Compruebe su conexión a internet y vuelva a intentarlo.',
    );
  });

  it('lets the held times go after 2 minutes, says so, and can find times again', async () => {
    const user = userEvent.setup();
    renderOpen({ 'parent.evenings.propose': () => proposal(FIVE) });
    await user.click(screen.getByRole('button', { name: 'Find times' }));
    await screen.findByRole('heading', { name: 'Your proposed evening' });
    advance(120_000);
    expect(screen.getByRole('heading', { name: 'These times were let go' })).toBeTruthy();
    expect(screen.getByText(/Nothing was booked/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Confirm/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Find times again' })).toBeTruthy();
  });
});

describe('a booked evening', { timeout: 15_000 }, () => {
  it('lists the meetings in order with one calendar button, and offers no more booking once everyone is booked', () => {
    at('2030-01-15T18:10:00Z');
    const meetings = FIVE.map((m, i) => ({
      appointmentId: `a${i}`,
      slotId: m.slotId,
      studentId: m.studentId,
      studentName: m.studentId === MAYA.id ? MAYA.name : SAM.name,
      teachers: [{ id: m.target.id, displayName: m.target.name }],
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      canCancel: true,
    }));
    const booked = parentEvening({
      phase: 'open',
      serverNow: '2030-01-15T18:10:00.000Z',
      meetings: meetings.reverse(),
    });
    renderWithApi(<EveningScreen evening={booked} receivedAt={Date.now()} />);
    const evening = screen.getByRole('region', { name: 'Your evening' });
    expect([...evening.querySelectorAll('.itinerary-time')].map((t) => t.textContent)).toEqual([
      '16:00–16:05',
      '16:05–16:10',
      '16:10–16:15',
      '16:15–16:20',
      '16:20–16:25',
    ]);
    expect(within(evening).getAllByRole('button', { name: 'Add to calendar' })).toHaveLength(1);
    expect(screen.getByText(/Every teacher taking part is booked/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Find times' })).toBeNull();
  });
});

describe('a waiting-list offer', { timeout: 15_000 }, () => {
  it('shows the freed time with its hold and books it with one tap', async () => {
    const user = userEvent.setup();
    at('2030-01-16T09:00:00Z');
    const offer = { ...held(KIM, SAM.id, 6, '2030-01-16T09:10:00.000Z'), kind: 'offer' as const };
    const evening = parentEvening({
      phase: 'open',
      serverNow: '2030-01-16T09:00:00.000Z',
      holds: [offer],
      waitlist: [{ id: 'w1', studentId: SAM.id, teacherId: KIM.id, status: 'offered' }],
    });
    const { calls } = renderWithApi(<EveningScreen evening={evening} receivedAt={Date.now()} />, {
      handlers: { 'parent.evenings.confirm': () => ({ meetings: [] }), 'parent.evenings.get': () => evening },
    });
    const region = screen.getByRole('region', { name: 'A time with Ms. Kim is free' });
    expect(region.textContent).toMatch(/16:30–16:35, about Sam Chen/);
    expect(region.textContent).toMatch(/for 10:00/);
    await user.click(within(region).getByRole('button', { name: 'Book this time' }));
    await vi.waitFor(() =>
      expect(calls.find((c) => c.path === 'parent.evenings.confirm')?.input.slotIds).toEqual([offer.slotId]),
    );
  });
});
