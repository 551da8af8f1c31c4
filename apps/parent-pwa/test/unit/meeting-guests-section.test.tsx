import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingGuestsSection } from '../../src/features/guests/meeting-guests-section.tsx';
import { meeting } from './support/fixtures.ts';
import { apiError } from './support/fake-api.ts';
import { renderWithApi } from './support/render-with-api.tsx';

const nobody = {
  guestsAllowed: true,
  canInvite: true,
  invitation: null,
  otherParents: [{ id: '00000000-0000-4000-8000-0000000000d2', name: 'Wei Chen' }],
};
const interpreter = {
  ...nobody,
  invitation: { kind: 'guest', name: 'Interpreter', roleLabel: 'Interpreter', email: 'ana@example.test' },
};

describe('inviting one more person from the meeting page', () => {
  it('invites an interpreter by email with the role the teacher will see, then offers to withdraw', async () => {
    const m = meeting();
    const { calls } = renderWithApi(<MeetingGuestsSection meeting={m} />, {
      handlers: { 'parent.guests.get': () => nobody, 'parent.guests.invite': () => interpreter },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Invite someone to this meeting' }));
    // The other parent is offered first; someone else by email on request.
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Wei Chen' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Someone else, by email' }));
    fireEvent.change(screen.getByLabelText('Their email address'), { target: { value: 'ana@example.test' } });
    expect(screen.getByLabelText<HTMLInputElement>('Who they are (the teacher sees this)').value).toBe('Interpreter');
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await screen.findByRole('heading', { name: 'Also invited' });
    expect(calls.find((c) => c.path === 'parent.guests.invite')!.input).toEqual({
      id: m.id,
      invitee: { kind: 'guest', email: 'ana@example.test', roleLabel: 'Interpreter' },
    });
    expect(screen.getByText(/Interpreter \(ana@example\.test\) has a link to join this meeting/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Withdraw invitation' })).toBeTruthy();
  });

  it('says why in the server’s words when the invitation is refused', async () => {
    renderWithApi(<MeetingGuestsSection meeting={meeting()} />, {
      handlers: {
        'parent.guests.get': () => nobody,
        'parent.guests.invite': () => {
          throw apiError('CONFLICT', 'Someone is already invited to this meeting.');
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Invite someone to this meeting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/already invited/));
  });

  it('shows nothing when the school has turned guests off', async () => {
    const { calls, container } = renderWithApi(<MeetingGuestsSection meeting={meeting()} />, {
      handlers: { 'parent.guests.get': () => ({ ...nobody, guestsAllowed: false, canInvite: false }) },
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
  });
});
