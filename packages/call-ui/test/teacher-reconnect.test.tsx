import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { expectedParentRow, renderTeacherCall } from './support/render-call.tsx';

const callTitle = 'Meeting with Li Chen about Maya Chen';
const inCall = () => screen.findByRole('heading', { name: callTitle });
const waitingRoom = () => screen.getByRole('region', { name: /Waiting room/ });
const dropped = () => new Error('Could not connect to the call server');

describe('the teacher’s connection drops', () => {
  test('while daily-js reconnects by itself, the call stays up and says "Reconnecting…" plainly', async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    act(() => fake.emit('network-connection', { type: 'signaling', event: 'interrupted' }));
    expect((await screen.findByText('Your connection is unsteady. Reconnecting…')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('heading', { name: callTitle })).toBeTruthy();
    act(() => fake.emit('network-connection', { type: 'signaling', event: 'connected' }));
    await waitFor(() => expect(screen.queryByText(/Reconnecting…/)).toBeNull());
    expect(fake.join).toHaveBeenCalledTimes(1);
  });

  test('once Daily removes them, they come back by themselves with the owner token, and waiting parents show again', async () => {
    const { fake } = renderTeacherCall({
      lobby: [expectedParentRow('parent-session')],
      rejoin: { rejoinTries: 5, rejoinRetryMs: 150 },
    });
    await inCall();
    act(() => fake.knock({ id: 'parent-session', name: 'Li Chen (parent of Maya Chen)' }));
    await within(waitingRoom()).findByText(/Expected parent/);

    // The first try finds the network still down.
    fake.join.mockImplementationOnce(async () => {
      throw dropped();
    });
    act(() => fake.fail('connection-error', 'Lost the connection to the call server.'));
    expect(await screen.findByRole('heading', { name: 'Reconnecting…' })).toBeTruthy();
    expect(screen.getByText(/try 1 of 5/)).toBeTruthy();
    expect(await screen.findByText(/try 2 of 5/)).toBeTruthy();

    await inCall();
    expect(fake.join).toHaveBeenCalledTimes(3);
    expect(fake.join).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'owner-token' }));
    // Daily tells the returning owner who is in the lobby: the parent is still there to admit.
    const item = await within(waitingRoom()).findByRole('listitem');
    await waitFor(() => expect(item.textContent).toContain('Expected parent'));
    await userEvent.click(within(item).getByRole('button', { name: /Admit/ }));
    expect(fake.updateWaitingParticipant).toHaveBeenCalledWith('parent-session', { grantRequestedAccess: true });
  });

  test('after a few failed tries it stops, says what to do, and "Rejoin" brings them back', async () => {
    const { fake } = renderTeacherCall({ rejoin: { rejoinTries: 3, rejoinRetryMs: 10 } });
    await inCall();
    for (let i = 0; i < 3; i++)
      fake.join.mockImplementationOnce(async () => {
        throw dropped();
      });
    act(() => fake.fail('connection-error', 'Lost the connection to the call server.'));

    expect(await screen.findByRole('heading', { name: 'We couldn’t reconnect you' })).toBeTruthy();
    expect(
      screen.getByText(
        'Your connection dropped and 3 tries to bring you back did not work. Check your internet connection, then choose Rejoin. Anyone knocking is still waiting.',
      ),
    ).toBeTruthy();
    expect(fake.join).toHaveBeenCalledTimes(4);
    // It does not keep trying behind the message.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.join).toHaveBeenCalledTimes(4);

    await userEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    await inCall();
    expect(fake.join).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'owner-token' }));
  });

  test('after the room has closed it does not try: the call is over', async () => {
    const { fake, clock } = renderTeacherCall({ rejoin: { rejoinTries: 3, rejoinRetryMs: 10 } });
    await inCall();
    clock.set('2026-11-24T17:40:30Z');
    act(() => fake.fail('connection-error', 'Lost the connection to the call server.'));
    expect(await screen.findByRole('heading', { name: 'The meeting has ended' })).toBeTruthy();
    expect(fake.join).toHaveBeenCalledTimes(1);
  });

  test('leaving while it reconnects stops the tries', async () => {
    const { fake, props } = renderTeacherCall({ rejoin: { rejoinTries: 5, rejoinRetryMs: 30 } });
    await inCall();
    fake.join.mockImplementation(async () => {
      throw dropped();
    });
    act(() => fake.fail('connection-error', 'Lost the connection to the call server.'));
    await screen.findByRole('heading', { name: 'Reconnecting…' });
    await userEvent.click(screen.getByRole('button', { name: 'Leave the call' }));
    await waitFor(() => expect(props.onLeave).toHaveBeenCalled());
    const tries = fake.join.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(fake.join.mock.calls.length).toBe(tries);
  });
});
