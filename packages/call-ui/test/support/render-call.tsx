import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { expect, vi } from 'vitest';
import type { VouchedKnocker } from '../../src/host/use-vouched-knockers.ts';
import { ParentCallScreen, type ParentCallScreenProps } from '../../src/screens/parent-call-screen.tsx';
import { TeacherCallScreen, type TeacherCallScreenProps } from '../../src/screens/teacher-call-screen.tsx';
import { FakeCallObject } from './fake-call-object.ts';
import { ROOM_EXP_SECONDS, testClock, ticketFor } from './ticket.ts';

/** The teacher's screen on a fake owner call object, with the server's lobby and end procedures faked. */
export function renderTeacherCall(
  overrides: Partial<TeacherCallScreenProps> & {
    at?: string;
    lobby?: VouchedKnocker[];
    before?: (fake: FakeCallObject) => void;
    strict?: boolean;
    roomExp?: number;
    /** Stop at the device check instead of pressing "Join Video Call" on it as a teacher would. */
    stayAtDeviceCheck?: boolean;
  } = {},
) {
  const fake = new FakeCallObject({
    role: 'owner',
    local: { session_id: 'teacher-session', user_name: 'Ms. Rivera', owner: true },
    roomExp: overrides.roomExp ?? ROOM_EXP_SECONDS,
  });
  overrides.before?.(fake);
  const lobby = { rows: overrides.lobby ?? [] };
  const clock = testClock(overrides.at ?? '2026-11-24T17:02:00Z');
  const props = {
    ticket: ticketFor('teacher'),
    callObject: fake.asCallObject(),
    loadLobby: vi.fn(async () => lobby.rows),
    onEndForEveryone: vi.fn(async () => undefined),
    onLeave: vi.fn(),
    describeError: (e: unknown) => `Server said: ${(e as Error).message}`,
    now: clock,
    timeZone: 'UTC',
    platform: 'desktop' as const,
    lobbyPollMs: 40,
    ...overrides,
  };
  const screenElement = <TeacherCallScreen {...props} />;
  const view = render(overrides.strict ? <StrictMode>{screenElement}</StrictMode> : screenElement);
  if (!overrides.stayAtDeviceCheck) void passDeviceCheck();
  return { ...view, fake, props, clock, lobby };
}

/** Presses "Join Video Call" on the device check once it can be pressed. */
async function passDeviceCheck() {
  const button = await screen.findByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
}

/** The parent's screen on a fake knocking call object. */
export function renderParentCall(overrides: Partial<ParentCallScreenProps> & { at?: string } = {}) {
  const fake = new FakeCallObject({
    role: 'knocker',
    local: { session_id: 'parent-session', user_name: 'Li Chen (parent of Maya Chen)', user_id: 'guardian-1' },
    roomExp: ROOM_EXP_SECONDS,
  });
  const clock = testClock(overrides.at ?? '2026-11-24T17:01:00Z');
  const props = {
    ticket: ticketFor('guardian'),
    callObject: fake.asCallObject(),
    onKnocking: vi.fn(async () => ({ recorded: true })),
    onLeave: vi.fn(),
    now: clock,
    timeZone: 'UTC',
    platform: 'android' as const,
    ...overrides,
  };
  const view = render(<ParentCallScreen {...props} />);
  return { ...view, fake, props, clock };
}

export const expectedParentRow = (sessionId: string): VouchedKnocker => ({
  sessionId,
  userId: 'guardian-1',
  role: 'guardian',
  name: 'Li Chen (parent of Maya Chen)',
  isExpectedParent: true,
  invitedBy: null,
  roleLabel: null,
  since: '2026-11-24T17:01:00Z',
});
