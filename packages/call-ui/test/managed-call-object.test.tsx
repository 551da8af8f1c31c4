import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { expect, test, vi } from 'vitest';
import { useManagedCallObject } from '../src/call-object/use-managed-call-object.ts';
import { ParentCallScreen } from '../src/screens/parent-call-screen.tsx';
import { FakeCallObject } from './support/fake-call-object.ts';
import { ROOM_EXP_SECONDS, ticketFor } from './support/ticket.ts';

const newFake = () =>
  new FakeCallObject({
    role: 'knocker',
    local: { session_id: 'parent-session', user_name: 'Li Chen' },
    roomExp: ROOM_EXP_SECONDS,
  });

function Probe({ factory }: { factory: () => ReturnType<FakeCallObject['asCallObject']> }) {
  const callObject = useManagedCallObject(factory);
  return <p>{callObject ? 'ready' : 'creating'}</p>;
}

test('StrictMode creates one call object, and unmounting destroys it', async () => {
  const made: FakeCallObject[] = [];
  const factory = vi.fn(() => {
    const fake = newFake();
    made.push(fake);
    return fake.asCallObject();
  });
  const { unmount } = render(
    <StrictMode>
      <Probe factory={factory} />
    </StrictMode>,
  );
  expect(await screen.findByText('ready')).toBeTruthy();
  expect(factory).toHaveBeenCalledTimes(1);
  unmount();
  await waitFor(() => expect(made[0]!.destroy).toHaveBeenCalled());
});

test('a new screen waits until the previous call object is destroyed (one instance per page)', async () => {
  let finishDestroy: () => void = () => undefined;
  const first = newFake();
  first.destroy.mockImplementationOnce(() => new Promise<void>((resolve) => (finishDestroy = resolve)));
  const second = newFake();
  const { unmount } = render(<Probe factory={() => first.asCallObject()} />);
  await screen.findByText('ready');
  unmount();
  const secondFactory = vi.fn(() => second.asCallObject());
  render(<Probe factory={secondFactory} />);
  await new Promise((r) => setTimeout(r, 20));
  expect(secondFactory).not.toHaveBeenCalled();
  finishDestroy();
  expect(await screen.findByText('ready')).toBeTruthy();
  expect(secondFactory).toHaveBeenCalledTimes(1);
});

test('while the call object is still being made, the parent can check devices but not knock yet', async () => {
  render(
    <ParentCallScreen ticket={ticketFor('guardian')} callObject={null} onLeave={() => undefined} platform="desktop" />,
  );
  expect(await screen.findByText('Getting the video call ready…')).toBeTruthy();
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Join Video Call' }).disabled).toBe(true);
});
