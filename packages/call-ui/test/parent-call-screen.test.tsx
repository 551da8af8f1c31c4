import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFakeMediaDevices } from './support/fake-media.ts';
import { renderParentCall } from './support/render-call.tsx';

const joinButton = () => screen.findByRole('button', { name: 'Join Video Call' });
const waitingHeading = () => screen.findByRole('heading', { name: 'Waiting for Ms. Rivera to let you in' });

async function knock() {
  const button = await joinButton();
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await userEvent.click(button);
  await waitingHeading();
}

const teacher = { session_id: 'teacher-session', user_name: 'Ms. Rivera', owner: true };

describe('the device check', () => {
  test('shows the self view and the microphone, then knocks with the chosen devices and the knocking token', async () => {
    const { fake, props } = renderParentCall();
    expect(await screen.findByRole('heading', { name: 'Check your camera and microphone' })).toBeTruthy();
    expect(await screen.findByLabelText('Your camera preview')).toBeTruthy();
    expect(screen.getByText("Your microphone is on. This browser can't show how loud it is.")).toBeTruthy();
    await userEvent.selectOptions(await screen.findByLabelText('Camera'), 'Back camera');
    await knock();
    expect(fake.preAuth).toHaveBeenCalledWith({
      url: 'https://edutrack.daily.co/etm-0123abcd',
      token: 'knocking-token',
    });
    expect(fake.join).toHaveBeenCalledWith(
      expect.objectContaining({ token: 'knocking-token', audioSource: 'mic-1', videoSource: 'cam-1' }),
    );
    expect(fake.requestAccess).toHaveBeenCalledWith({
      name: 'Li Chen (parent of Maya Chen)',
      access: { level: 'full' },
    });
    expect(props.onKnocking).toHaveBeenCalledWith('parent-session');
  });

  test('blocked camera and microphone in the installed iPhone app: how to fix it in Settings, and joining still works', async () => {
    const { fake } = renderParentCall({
      platform: 'ios-installed',
      mediaDevices: createFakeMediaDevices({ camera: 'NotAllowedError', microphone: 'NotAllowedError' }),
    });
    const help = await screen.findByRole('alert', { name: 'Your camera and microphone are blocked' });
    expect(help.textContent).toContain('Open the Settings app on your iPhone or iPad.');
    expect(help.textContent).toContain('Set Camera and Microphone to Allow');
    expect(screen.getByText('No camera picture')).toBeTruthy();
    expect(screen.getByText(/You can still join: you will see and hear Ms. Rivera/)).toBeTruthy();
    await knock();
    expect(fake.join).toHaveBeenCalledWith(expect.objectContaining({ audioSource: false, videoSource: false }));
  });

  test('no camera: said plainly, and the microphone still goes along', async () => {
    const { fake } = renderParentCall({ mediaDevices: createFakeMediaDevices({ camera: 'NotFoundError' }) });
    expect(await screen.findByRole('alert', { name: 'No camera found' })).toBeTruthy();
    await knock();
    expect(fake.join).toHaveBeenCalledWith(expect.objectContaining({ audioSource: 'mic-1', videoSource: false }));
  });

  test('"Try again" asks for the devices again once the parent has fixed the setting', async () => {
    const devices = createFakeMediaDevices({ microphone: 'NotAllowedError' });
    renderParentCall({ mediaDevices: devices });
    await screen.findByRole('alert', { name: 'Your microphone is blocked' });
    const asked = devices.requests.length;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(devices.requests.length).toBeGreaterThan(asked));
  });
});

describe('knocking', () => {
  test('waiting for the teacher: whether they are in the call comes from the server, not from the lobby', async () => {
    let teacherPresent = false;
    const { fake } = renderParentCall({
      loadTeacherPresence: async () => ({ teacherPresent }),
      teacherPresencePollMs: 20,
    });
    await knock();
    expect(
      screen.getByText('Ms. Rivera is not here yet. They will see that you are waiting as soon as they join.'),
    ).toBeTruthy();
    // What the lobby's call object sees of the call is not documented by Daily (lobby members are
    // hidden from the call): a head count or an owner seen from the lobby changes nothing.
    act(() => fake.headCountChanges(1));
    act(() => fake.remoteJoins(teacher));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(screen.getByText(/Ms. Rivera is not here yet/)).toBeTruthy();
    // The server says the teacher joined (Daily's presence, matched on the teacher's token user id).
    teacherPresent = true;
    expect(await screen.findByText('Ms. Rivera is in the call and can see that you are waiting.')).toBeTruthy();
    teacherPresent = false;
    expect(await screen.findByText(/Ms. Rivera is not here yet/)).toBeTruthy();
  });

  test('waiting: the teacher running late shows, and follows the server’s answer as it changes', async () => {
    let runningLate: { minutes: number; expectedStartsAt: string } | null = null;
    renderParentCall({
      loadTeacherPresence: async () => ({ teacherPresent: false, runningLate }),
      teacherPresencePollMs: 20,
    });
    await knock();
    expect(screen.queryByText(/running about/)).toBeNull();
    runningLate = { minutes: 10, expectedStartsAt: '2026-11-24T17:10:00Z' };
    expect(await screen.findByText('Ms. Rivera is running about 10 minutes late. Expected start: 17:10.')).toBeTruthy();
    runningLate = null;
    await waitFor(() => expect(screen.queryByText(/running about/)).toBeNull());
  });

  test('admitted: into the call with the teacher', async () => {
    const { fake } = renderParentCall();
    await knock();
    act(() => fake.remoteJoins(teacher));
    act(() => fake.answerKnock(true));
    expect(await screen.findByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' })).toBeTruthy();
    expect(await screen.findByText('Ms. Rivera (teacher)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn microphone off' })).toBeTruthy();
    expect(screen.getByText(/Time left/).textContent).toBe('Time left 9:00 (until 17:10)');
  });

  test('denied: a kind message, no knocking again, no retry', async () => {
    const { fake, props } = renderParentCall();
    await knock();
    act(() => fake.answerKnock(false));
    expect(await screen.findByRole('heading', { name: "You weren't let in this time" })).toBeTruthy();
    expect(
      screen.getByText(/If you think this is a mistake, please contact Ms. Rivera or the school office./),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Try again|Knock again|Join Video Call/ })).toBeNull();
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.requestAccess).toHaveBeenCalledTimes(1);
    expect(fake.join).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Back to my meetings' }));
    expect(props.onLeave).toHaveBeenCalled();
  });

  test('no answer in time: says so and offers to knock again', async () => {
    const { fake } = renderParentCall({ knockTimeoutMs: 60 });
    await knock();
    expect(await screen.findByRole('heading', { name: 'Nobody has let you in yet' })).toBeTruthy();
    expect(fake.leave).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Knock again' }));
    await waitingHeading();
    expect(fake.requestAccess).toHaveBeenCalledTimes(2);
  });

  test('the room closing while waiting ends it plainly', async () => {
    const { fake } = renderParentCall();
    await knock();
    act(() => fake.fail('exp-room'));
    expect(await screen.findByRole('heading', { name: 'The meeting has ended' })).toBeTruthy();
    expect(screen.getByText("The meeting's time is over, so its video room has closed.")).toBeTruthy();
  });

  test('a room not open yet: said so, with a way to try again', async () => {
    const { fake } = renderParentCall();
    fake.preAuth.mockImplementationOnce(async () => {
      // daily-js rejects with a plain error object, not an Error.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw {
        errorMsg: 'Meeting has not started yet',
        error: { type: 'nbf-room', msg: 'Meeting has not started yet' },
      };
    });
    await userEvent.click(await joinButton());
    expect(await screen.findByRole('heading', { name: 'The video room is not open yet' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitingHeading();
  });

  test('cancelling while connecting does not knock', async () => {
    const { fake, props } = renderParentCall();
    let finishPreAuth: () => void = () => undefined;
    fake.preAuth.mockImplementationOnce(
      () => new Promise((resolve) => (finishPreAuth = () => resolve({ access: { level: 'lobby' } }))),
    );
    await userEvent.click(await joinButton());
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    finishPreAuth();
    await waitFor(() => expect(props.onLeave).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.join).not.toHaveBeenCalled();
    expect(fake.requestAccess).not.toHaveBeenCalled();
  });

  test('"Stop waiting" leaves and goes back', async () => {
    const { fake, props } = renderParentCall();
    await knock();
    await userEvent.click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect(fake.leave).toHaveBeenCalled();
    await waitFor(() => expect(props.onLeave).toHaveBeenCalled());
  });
});

describe('in the call', () => {
  async function admitted(at?: string) {
    const rendered = renderParentCall({ at });
    await knock();
    act(() => {
      rendered.fake.remoteJoins(teacher);
      rendered.fake.answerKnock(true);
    });
    await screen.findByRole('heading', { name: 'Meeting with Ms. Rivera about Maya Chen' });
    return rendered;
  }

  test('the teacher ending the meeting: a clear end state', async () => {
    const { fake } = await admitted();
    act(() => fake.fail('ejected'));
    expect(await screen.findByRole('heading', { name: 'The meeting has ended' })).toBeTruthy();
    expect(screen.getByText('Ms. Rivera ended the meeting. Thank you for joining.')).toBeTruthy();
  });

  test('removed at the room\'s closing time: the meeting\'s time is over (not "the teacher ended it")', async () => {
    const { fake } = await admitted('2026-11-24T17:39:55Z');
    act(() => fake.fail('ejected'));
    expect(await screen.findByText("The meeting's time is over, so its video room has closed.")).toBeTruthy();
  });

  test('the teacher stepping out is said in words', async () => {
    const { fake } = await admitted();
    await screen.findByText('Ms. Rivera (teacher)');
    act(() => fake.remoteLeaves('teacher-session'));
    expect(
      await screen.findByText(
        'Ms. Rivera is not in the call right now. Stay here: you will see them when they come back.',
      ),
    ).toBeTruthy();
  });

  test('near the end of the slot, a warning', async () => {
    await admitted('2026-11-24T17:08:15Z');
    expect(await screen.findByText('About 2 minutes left in this meeting. Time to wrap up.')).toBeTruthy();
  });

  test('Leave the call goes back to the list', async () => {
    const { fake, props } = await admitted();
    await userEvent.click(screen.getByRole('button', { name: 'Leave the call' }));
    expect(fake.leave).toHaveBeenCalled();
    await waitFor(() => expect(props.onLeave).toHaveBeenCalled());
  });
});
