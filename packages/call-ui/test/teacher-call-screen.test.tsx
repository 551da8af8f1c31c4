import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { TeacherCallScreen } from '../src/screens/teacher-call-screen.tsx';
import { createFakeMediaDevices } from './support/fake-media.ts';
import { expectedParentRow, renderTeacherCall } from './support/render-call.tsx';

const waitingRoom = () => screen.getByRole('region', { name: /Waiting room/ });
const inCall = () => screen.findByRole('heading', { name: 'Meeting with Li Chen about Maya Chen' });

describe('the teacher joins as the owner', () => {
  test('with the owner token, and sees themselves and an empty waiting room', async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    expect(fake.join).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://edutrack.daily.co/etm-0123abcd', token: 'owner-token' }),
    );
    expect(fake.preAuth).not.toHaveBeenCalled();
    expect(await screen.findByText('You')).toBeTruthy();
    expect(within(waitingRoom()).getByText(/Nobody is waiting/)).toBeTruthy();
    expect(screen.getByText('Waiting for Li Chen. When someone knocks, they appear in the waiting room.')).toBeTruthy();
  });

  test('checks camera and microphone first, as the parent does, and joins with the devices chosen', async () => {
    const { fake } = renderTeacherCall({
      stayAtDeviceCheck: true,
      mediaDevices: createFakeMediaDevices({ camera: 'NotAllowedError' }),
    });
    expect(await screen.findByRole('heading', { name: 'Check your camera and microphone' })).toBeTruthy();
    expect(screen.getByText('Make sure Li Chen will be able to see and hear you.')).toBeTruthy();
    expect(fake.join).not.toHaveBeenCalled();
    const join = screen.getByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });
    await waitFor(() => expect(join.disabled).toBe(false));
    await userEvent.click(join);
    await inCall();
    // The blocked camera stays off; the microphone that works is used.
    expect(fake.join).toHaveBeenCalledWith(expect.objectContaining({ token: 'owner-token', videoSource: false }));
  });

  test('under StrictMode it still joins once', async () => {
    const { fake } = renderTeacherCall({ strict: true });
    await inCall();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.join).toHaveBeenCalledTimes(1);
  });

  test('a new but equal ticket from the app does not join again', async () => {
    const { fake, props, rerender } = renderTeacherCall();
    await inCall();
    rerender(<TeacherCallScreen {...props} ticket={{ ...props.ticket }} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.join).toHaveBeenCalledTimes(1);
  });

  test('a room that is not open yet says so and offers to try again', async () => {
    const { fake } = renderTeacherCall({
      before: (fake) =>
        fake.join.mockImplementationOnce(async () => {
          fake.fail('nbf-room', 'Meeting has not started yet');
          throw new Error('Meeting has not started yet');
        }),
    });
    expect(await screen.findByRole('heading', { name: 'The video room is not open yet' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await inCall();
    expect(fake.join).toHaveBeenCalledTimes(2);
  });
});

describe('knocks', () => {
  test('the expected parent: a toast and a list entry that say "Expected parent"', async () => {
    const { fake, props } = renderTeacherCall({ lobby: [expectedParentRow('parent-session')] });
    await inCall();
    expect(props.loadLobby).not.toHaveBeenCalled();
    act(() => fake.knock({ id: 'parent-session', name: 'Li Chen (parent of Maya Chen)' }));

    const item = await within(waitingRoom()).findByRole('listitem');
    await waitFor(() => expect(item.textContent).toContain('Expected parent'));
    expect(item.textContent).toContain('Li Chen (parent of Maya Chen)');
    expect(item.textContent).toContain('Signed in as Li Chen, the parent this meeting is with.');
    expect(props.loadLobby).toHaveBeenCalled();

    const toast = document.querySelector('[aria-live="assertive"]') as HTMLElement;
    expect(toast.textContent).toContain('Li Chen (parent of Maya Chen) is knocking. Expected parent.');
    await userEvent.click(within(toast).getByRole('button', { name: 'Dismiss' }));
    expect(toast.textContent).toBe('');
    expect(within(waitingRoom()).getAllByRole('listitem')).toHaveLength(1);
    // The main tile agrees with the waiting room: no "Waiting for Li Chen" while she is knocking.
    expect(screen.queryByText(/When someone knocks/)).toBeNull();
    expect(
      screen.getByText('Li Chen (parent of Maya Chen) is waiting to come in. Admit or deny them in the waiting room.'),
    ).toBeTruthy();
  });

  test("an unknown guest using the parent's name is still an unknown guest, shown differently", async () => {
    const { fake } = renderTeacherCall({ lobby: [expectedParentRow('parent-session')] });
    await inCall();
    act(() => {
      fake.knock({ id: 'parent-session', name: 'Li Chen (parent of Maya Chen)' });
      fake.knock({ id: 'guest-session', name: 'Li Chen (parent of Maya Chen)' });
    });
    await waitFor(() => expect(within(waitingRoom()).getAllByRole('listitem')).toHaveLength(2));
    await waitFor(() => expect(within(waitingRoom()).getByText('✓ Expected parent')).toBeTruthy());
    const [parent, guest] = within(waitingRoom()).getAllByRole('listitem');
    expect(guest!.textContent).toContain('⚠ Unknown guest');
    expect(guest!.textContent).toContain('is not confirmed');
    expect(guest!.textContent).not.toContain('Expected parent');
    expect(parent!.textContent).not.toContain('Unknown guest');
  });

  test('the expected parent is recognised when the id the owner sees is not their session id (Daily documents no such link)', async () => {
    // The server's row carries the session id from the parent app and Daily's webhook; the owner's
    // waiting list shows another id. The name the server put in the knocking token still identifies them.
    const { fake } = renderTeacherCall({ lobby: [expectedParentRow('parent-session')] });
    await inCall();
    act(() => fake.knock({ id: 'waiting-5f1c', name: 'Li Chen (parent of Maya Chen)' }));
    const item = await within(waitingRoom()).findByRole('listitem');
    await waitFor(() => expect(item.textContent).toContain('Expected parent'));
  });

  test('two knockers with the parent’s name and no id match: neither is vouched for by name', async () => {
    const { fake } = renderTeacherCall({ lobby: [expectedParentRow('parent-session')] });
    await inCall();
    act(() => {
      fake.knock({ id: 'waiting-aaaa', name: 'Li Chen (parent of Maya Chen)' });
      fake.knock({ id: 'waiting-bbbb', name: 'Li Chen (parent of Maya Chen)' });
    });
    await waitFor(() => expect(within(waitingRoom()).getAllByRole('listitem')).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(waitingRoom()).getAllByText('⚠ Unknown guest')).toHaveLength(2);
    expect(within(waitingRoom()).queryByText('✓ Expected parent')).toBeNull();
  });

  test('another parent of the child is named as such', async () => {
    const { fake } = renderTeacherCall({
      lobby: [
        {
          ...expectedParentRow('dad-session'),
          userId: 'guardian-2',
          name: 'Wei Chen (parent of Maya Chen)',
          isExpectedParent: false,
        },
      ],
    });
    await inCall();
    act(() => fake.knock({ id: 'dad-session', name: 'Wei Chen (parent of Maya Chen)' }));
    expect(await within(waitingRoom()).findByText('✓ Another parent of Maya Chen')).toBeTruthy();
  });

  test('a parent’s invited interpreter is named by role and by who invited them, and can be admitted', async () => {
    const { fake } = renderTeacherCall({
      lobby: [
        {
          ...expectedParentRow('interpreter-session'),
          userId: 'invitation-1',
          role: 'invitee',
          name: 'Interpreter, invited by Li Chen',
          isExpectedParent: false,
          invitedBy: 'Li Chen',
          roleLabel: 'Interpreter',
        },
      ],
    });
    await inCall();
    // Owners see knockers under ids of their own (decision 012): matched by the token's name.
    act(() => fake.knock({ id: 'owner-side-id', name: 'Interpreter, invited by Li Chen' }));
    expect(await within(waitingRoom()).findByText('✓ Interpreter, invited by Li Chen')).toBeTruthy();
    expect(within(waitingRoom()).queryByText('⚠ Unknown guest')).toBeNull();
    expect(within(waitingRoom()).getByRole('button', { name: 'Admit Interpreter' })).toBeTruthy();
  });

  test('a vouch that arrives after the knock turns "Unknown guest" into "Expected parent"', async () => {
    const { fake, lobby } = renderTeacherCall();
    await inCall();
    act(() => fake.knock({ id: 'parent-session', name: 'Li Chen (parent of Maya Chen)' }));
    expect(await within(waitingRoom()).findByText('⚠ Unknown guest')).toBeTruthy();
    lobby.rows = [expectedParentRow('parent-session')];
    expect(await within(waitingRoom()).findByText('✓ Expected parent')).toBeTruthy();
  });

  test('Admit grants access; the parent comes into the call and the lobby stops being polled', async () => {
    const { fake, props } = renderTeacherCall({ lobby: [expectedParentRow('parent-session')] });
    await inCall();
    act(() => fake.knock({ id: 'parent-session', name: 'Li Chen (parent of Maya Chen)' }));
    await userEvent.click(
      await within(waitingRoom()).findByRole('button', { name: 'Admit Li Chen (parent of Maya Chen)' }),
    );
    expect(fake.updateWaitingParticipant).toHaveBeenCalledWith('parent-session', { grantRequestedAccess: true });
    expect(await screen.findByText('Li Chen (parent of Maya Chen)', { selector: '.etm-tile-name' })).toBeTruthy();
    await waitFor(() => expect(within(waitingRoom()).getByText(/Nobody is waiting/)).toBeTruthy());
    const polls = vi.mocked(props.loadLobby).mock.calls.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(vi.mocked(props.loadLobby).mock.calls.length).toBe(polls);
  });

  test('Deny refuses access', async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    act(() => fake.knock({ id: 'guest-session', name: 'Someone' }));
    await userEvent.click(await within(waitingRoom()).findByRole('button', { name: 'Deny Someone' }));
    expect(fake.updateWaitingParticipant).toHaveBeenCalledWith('guest-session', { grantRequestedAccess: false });
    await waitFor(() => expect(within(waitingRoom()).getByText(/Nobody is waiting/)).toBeTruthy());
    expect(screen.queryByText('Someone', { selector: '.etm-tile-name' })).toBeNull();
  });
});

describe('ending and leaving', () => {
  test('"End meeting for everyone" asks first, calls the server, then says it ended; the way back goes to the agenda', async () => {
    const { fake, props } = renderTeacherCall();
    await inCall();
    await userEvent.click(screen.getByRole('button', { name: 'End meeting for everyone' }));
    expect(screen.getByText(/Everyone in the call is disconnected/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep the meeting going');
    expect(props.onEndForEveryone).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, end the meeting' }));
    expect(props.onEndForEveryone).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { name: 'The meeting has ended' })).toBeTruthy();
    expect(screen.getByText('You ended the meeting for everyone.')).toBeTruthy();
    expect(fake.leave).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the agenda' }));
    expect(props.onLeave).toHaveBeenCalledTimes(1);
  });

  test('"Keep the meeting going" changes nothing; a failed end is explained and the call goes on', async () => {
    const { props } = renderTeacherCall({
      onEndForEveryone: vi.fn(async () => Promise.reject(new Error('Try again in a minute.'))),
    });
    await inCall();
    await userEvent.click(screen.getByRole('button', { name: 'End meeting for everyone' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep the meeting going' }));
    expect(props.onEndForEveryone).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'End meeting for everyone' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, end the meeting' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Server said: Try again in a minute.');
    expect(screen.getByRole('heading', { name: 'Meeting with Li Chen about Maya Chen' })).toBeTruthy();
  });

  test('Leave the call leaves the room and returns to the agenda', async () => {
    const { fake, props } = renderTeacherCall();
    await inCall();
    await userEvent.click(screen.getByRole('button', { name: 'Leave the call' }));
    expect(fake.leave).toHaveBeenCalled();
    await waitFor(() => expect(props.onLeave).toHaveBeenCalledTimes(1));
  });

  test("the room's expiry ends the call with a plain message", async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    act(() => fake.fail('exp-room'));
    expect(await screen.findByRole('heading', { name: 'The meeting has ended' })).toBeTruthy();
    expect(screen.getByText("The meeting's time is over, so its video room has closed.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('time', () => {
  test('time left in the slot, no warning early on', async () => {
    renderTeacherCall({ at: '2026-11-24T17:02:00Z' });
    await inCall();
    expect(screen.getByText(/Time left/).textContent).toBe('Time left 8:00 (until 17:10)');
    expect(screen.queryByText(/left in this meeting/)).toBeNull();
  });

  test('a warning 2 minutes before the slot ends, in a live region', async () => {
    const { clock } = renderTeacherCall({ at: '2026-11-24T17:07:00Z' });
    await inCall();
    clock.set('2026-11-24T17:08:30Z');
    const warning = await screen.findByText(
      'About 2 minutes left in this meeting. Time to wrap up.',
      {},
      { timeout: 2000 },
    );
    expect(warning.getAttribute('role')).toBe('status');
  });

  test("after the slot, the room's hard stop from useRoomExp", async () => {
    renderTeacherCall({ at: '2026-11-24T17:39:00Z' });
    await inCall();
    expect(
      await screen.findByText('The video room closes in 1 minute. Everyone will be disconnected at 17:40.'),
    ).toBeTruthy();
    expect(screen.getByText(/Room closes in/).textContent).toBe('Room closes in 1:00 (until 17:40)');
  });

  test("the room's own expiry (useRoomExp) wins over the ticket's closing time", async () => {
    // The room was moved to close at 17:38 after this ticket was issued.
    renderTeacherCall({ at: '2026-11-24T17:37:00Z', roomExp: Date.parse('2026-11-24T17:38:00Z') / 1000 });
    await inCall();
    expect(
      await screen.findByText('The video room closes in 1 minute. Everyone will be disconnected at 17:38.'),
    ).toBeTruthy();
  });
});

describe('camera and microphone', () => {
  test('the microphone and camera switches say what they do and the tile says what is off', async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    await userEvent.click(screen.getByRole('button', { name: 'Turn microphone off' }));
    expect(fake.setLocalAudio).toHaveBeenCalledWith(false);
    expect(await screen.findByRole('button', { name: 'Turn microphone on' })).toBeTruthy();
    expect(await screen.findByText('Microphone off')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Turn camera off' }));
    expect(fake.setLocalVideo).toHaveBeenCalledWith(false);
    expect(await screen.findByText('Camera off, microphone off')).toBeTruthy();
  });

  test('device pickers switch camera and speaker through the call object', async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    await userEvent.click(screen.getByText('Camera, microphone and speaker'));
    await userEvent.selectOptions(await screen.findByLabelText('Camera'), 'Back camera');
    expect(fake.setInputDevicesAsync).toHaveBeenCalledWith({ audioDeviceId: null, videoDeviceId: 'cam-2' });
    await userEvent.selectOptions(screen.getByLabelText('Speaker'), 'Speaker');
    expect(fake.setOutputDeviceAsync).toHaveBeenCalledWith({ outputDeviceId: 'spk-1' });
  });

  test('a camera blocked during the call is explained with the fix', async () => {
    const { fake } = renderTeacherCall();
    await inCall();
    act(() => fake.cameraError({ type: 'permissions', msg: 'denied', blockedBy: 'user', blockedMedia: ['video'] }));
    const help = await screen.findByRole('alert', { name: 'Your camera is blocked' });
    expect(help.textContent).toContain('Click the camera icon or the lock at the left of the address bar.');
  });
});
