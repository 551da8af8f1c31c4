import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EveningScreen } from '../../src/features/evenings/evening-screen.tsx';
import { MAYA, SAM } from './support/fixtures.ts';
import { JONES, KIM, OKAFOR, PATEL, RIVERA, held, parentEvening } from './support/evening-fixtures.ts';
import { renderWithApi } from './support/render-with-api.tsx';

const JOINT = {
  id: '00000000-0000-4000-8000-0000000f0001',
  joint: true,
  name: 'Ms. Rivera and Mr. Patel',
  teacherIds: [RIVERA.id, PATEL.id],
};

function render(overrides: Parameters<typeof parentEvening>[0] = {}) {
  vi.useFakeTimers({ now: new Date('2030-01-15T18:00:05Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
  const evening = parentEvening({
    phase: 'open',
    serverNow: '2030-01-15T18:00:05.000Z',
    children: [
      { id: MAYA.id, name: MAYA.name, targets: [RIVERA, PATEL, JONES, JOINT] },
      { id: SAM.id, name: SAM.name, targets: [OKAFOR, KIM] },
    ],
    ...overrides,
  });
  renderWithApi(<EveningScreen evening={evening} receivedAt={Date.now()} />);
  return within(screen.getByRole('group', { name: 'Teachers to see about Maya Chen' }));
}

const ticked = (maya: ReturnType<typeof render>) =>
  Object.fromEntries(
    maya.getAllByRole('checkbox').map((box) => [box.closest('label')!.textContent, (box as HTMLInputElement).checked]),
  );

// A joint meeting covers its teachers: the server would not also propose them alone (decision 014).
describe('a joint meeting in the planner', { timeout: 15_000 }, () => {
  it('is ticked instead of its teachers alone, so the proposal does not leave them out', () => {
    const maya = render();
    expect(ticked(maya)).toEqual({
      'Ms. Rivera': false,
      'Mr. Patel': false,
      'Mrs. Jones': true,
      'Ms. Rivera and Mr. Patel (together, one meeting)': true,
    });
  });

  it('once booked, covers its teachers: neither is offered alone, and Mrs. Jones still is', () => {
    const m = held(JOINT, MAYA.id, 0, '2030-01-15T18:00:05.000Z');
    const maya = render({
      meetings: [
        {
          appointmentId: '00000000-0000-4000-8000-0000000a0001',
          slotId: m.slotId,
          studentId: MAYA.id,
          studentName: MAYA.name,
          teachers: [
            { id: RIVERA.id, displayName: RIVERA.name },
            { id: PATEL.id, displayName: PATEL.name },
          ],
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          canCancel: true,
        },
      ],
    });
    expect(ticked(maya)).toEqual({ 'Mrs. Jones': true });
  });
});
