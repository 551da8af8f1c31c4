import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JoinGate } from '../src/index.ts';

describe('JoinGate', () => {
  it('shows why the room cannot be joined, and joins on "Try again" once it can', async () => {
    const join = vi
      .fn<() => Promise<{ roomUrl: string }>>()
      .mockRejectedValueOnce(new Error('not open'))
      .mockResolvedValueOnce({ roomUrl: 'https://example.test/room' });
    const onBack = vi.fn();
    render(
      <JoinGate
        join={join}
        describeError={() => 'The video room opens at 16:55, 5 minutes before the meeting. Come back then.'}
        onBack={onBack}
      >
        {(ticket) => <p>In the room {ticket.roomUrl}</p>}
      </JoinGate>,
    );
    expect(screen.getByRole('heading', { name: /getting the video room ready/i })).toBeTruthy();
    expect(await screen.findByText(/opens at 16:55/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('In the room https://example.test/room')).toBeTruthy();
    expect(join).toHaveBeenCalledTimes(2);
  });
});
