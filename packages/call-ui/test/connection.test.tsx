import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderParentCall, renderTeacherCall } from './support/render-call.tsx';
import { ticketFor } from './support/ticket.ts';

const teacher = { session_id: 'teacher-session', user_name: 'Ms. Rivera', owner: true };
const parent = { session_id: 'parent-session', user_name: 'Li Chen (parent of Maya Chen)', user_id: 'guardian-1' };
const answer = () => within(screen.getByRole('region', { name: 'Your internet connection' })).getByRole('status');

describe('the connection test before knocking', () => {
  test('runs by itself after preAuth, and a poor result gives plain advice and joining with sound only', async () => {
    const { fake } = renderParentCall();
    await waitFor(() => expect(fake.testCallQuality).toHaveBeenCalled());
    expect(fake.preAuth).toHaveBeenCalledWith({
      url: 'https://edutrack.daily.co/etm-0123abcd',
      token: 'knocking-token',
    });
    expect(answer().textContent).toMatch(/^Checking your connection/);

    act(() => fake.callQualityResult('bad'));
    await waitFor(() => expect(answer().textContent).toMatch(/^Your connection is poor/));
    const region = screen.getByRole('region', { name: 'Your internet connection' });
    expect(region.textContent).toContain('Move closer to your router');
    expect(region.textContent).toContain('Turn off video');

    await userEvent.click(within(region).getByRole('button', { name: 'Join with sound only' }));
    await screen.findByRole('heading', { name: 'Waiting for Ms. Rivera to let you in' });
    expect(fake.join).toHaveBeenCalledWith(expect.objectContaining({ token: 'knocking-token', startVideoOff: true }));
  });

  test('a good result says so, and joining with video stays the plain choice', async () => {
    const { fake } = renderParentCall();
    await waitFor(() => expect(fake.testCallQuality).toHaveBeenCalled());
    act(() => fake.callQualityResult('good'));
    await waitFor(() => expect(answer().textContent).toBe('Your connection is good for a video call.'));
    const join = screen.getByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });
    await waitFor(() => expect(join.disabled).toBe(false));
    await userEvent.click(join);
    await screen.findByRole('heading', { name: 'Waiting for Ms. Rivera to let you in' });
    expect(fake.join).toHaveBeenCalledWith(expect.objectContaining({ startVideoOff: false }));
  });
});

describe('the connection in the call', () => {
  test("the parent's poor connection: they are offered to turn the camera off, and the teacher is told", async () => {
    const { fake } = renderParentCall();
    const join = await screen.findByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });
    await waitFor(() => expect(join.disabled).toBe(false));
    await userEvent.click(join);
    act(() => {
      fake.remoteJoins(teacher);
      fake.answerKnock(true);
    });
    await screen.findByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' });

    act(() => fake.networkChanges('bad'));
    const offer = await screen.findByRole('alert');
    expect(offer.textContent).toMatch(/^Your connection is poor/);
    expect(await screen.findByText('Connection: poor')).toBeTruthy();
    // The other side learns it by app message (Daily tells each side only about its own network).
    expect(fake.sendAppMessage).toHaveBeenCalledWith({ kind: 'etm-network-state', networkState: 'bad' }, '*');

    await userEvent.click(within(offer).getByRole('button', { name: 'Turn camera off' }));
    expect(fake.setLocalVideo).toHaveBeenCalledWith(false);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test("the teacher sees the parent's connection on the parent's picture", async () => {
    const { fake } = renderTeacherCall();
    await screen.findByRole('heading', { name: 'Meeting with Li Chen about Maya Chen' });
    act(() => fake.remoteJoins(parent));
    const tile = (await screen.findByText('Li Chen (parent of Maya Chen)')).closest('figure')!;
    expect(within(tile).queryByText(/^Connection:/)).toBeNull();
    act(() => fake.appMessage('parent-session', { kind: 'etm-network-state', networkState: 'bad' }));
    expect(await within(tile).findByText('Connection: poor')).toBeTruthy();
    act(() => fake.appMessage('parent-session', { kind: 'etm-network-state', networkState: 'good' }));
    expect(await within(tile).findByText('Connection: good')).toBeTruthy();
    // Anything else in an app message is not taken for a connection state.
    act(() => fake.appMessage('parent-session', { kind: 'etm-network-state', networkState: 'excellent' }));
    expect(within(tile).getByText('Connection: good')).toBeTruthy();
  });
});

describe('a dropped connection', () => {
  async function admittedParent(rejoin: () => Promise<unknown>) {
    const rendered = renderParentCall({ rejoin: rejoin as never, rejoinRetryMs: 10 });
    const join = await screen.findByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });
    await waitFor(() => expect(join.disabled).toBe(false));
    await userEvent.click(join);
    act(() => {
      rendered.fake.remoteJoins(teacher);
      rendered.fake.answerKnock(true);
    });
    await screen.findByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' });
    return rendered;
  }

  test('an admitted parent comes back by themselves, with the server’s rejoin token, without knocking again', async () => {
    let attempts = 0;
    const rejoin = vi.fn(async () => {
      // The first try finds the network still down.
      if (++attempts === 1) throw new TypeError('Failed to fetch');
      return { ...ticketFor('guardian'), token: 'admitted-token' };
    });
    const { fake } = await admittedParent(rejoin);
    act(() => fake.fail('connection-error', 'Lost the connection to the call server.'));
    expect(await screen.findByRole('heading', { name: 'Reconnecting…' })).toBeTruthy();
    expect(screen.getByText(/you won't need to knock again/)).toBeTruthy();

    expect(await screen.findByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' })).toBeTruthy();
    expect(rejoin).toHaveBeenCalledTimes(2);
    expect(fake.join).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'admitted-token' }));
    expect(fake.requestAccess).toHaveBeenCalledTimes(1);
  });

  test('when the server will not let them back (the teacher never admitted them, the meeting ended), it says the call dropped', async () => {
    const rejoin = vi.fn(async () => {
      throw Object.assign(new Error('Knock again'), { data: { code: 'PRECONDITION_FAILED' } });
    });
    const { fake } = await admittedParent(rejoin);
    act(() => fake.fail('connection-error', 'Lost the connection to the call server.'));
    expect(await screen.findByRole('heading', { name: 'The connection dropped' })).toBeTruthy();
    expect(rejoin).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' })).toBeNull();
  });
});
