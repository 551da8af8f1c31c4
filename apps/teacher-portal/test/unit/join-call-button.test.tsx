import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { JoinCallButton } from '../../src/features/meetings/join-call-button.tsx';
import { WorkspaceProvider } from '../../src/workspace/workspace-context.tsx';
import { meeting, staffMe } from '../support/fixtures.ts';

// 17:00–17:15 in London (GMT in March): the room is open 16:55–17:45.
const m = meeting({ startsAt: '2030-03-05T17:00:00Z', endsAt: '2030-03-05T17:15:00Z' });

function renderButton(subject = m) {
  render(
    <Router hook={memoryLocation().hook}>
      <WorkspaceProvider me={staffMe()}>
        <JoinCallButton meeting={subject} />
      </WorkspaceProvider>
    </Router>,
  );
}
const joinButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });

describe('the Join Video Call button', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('says when it opens, then enables itself at 5 minutes before the start without a reload', () => {
    vi.setSystemTime(new Date('2030-03-05T16:54:58Z'));
    renderButton();
    expect(joinButton().disabled).toBe(true);
    expect(screen.getByText('Opens at 16:55')).toBeTruthy();
    expect(joinButton().getAttribute('aria-describedby')).toBe(screen.getByText('Opens at 16:55').id);

    act(() => vi.advanceTimersByTime(2_000));
    const link = screen.getByRole('link', { name: 'Join Video Call' });
    expect(link.getAttribute('href')).toBe(`/meetings/${m.id}/call`);
    expect(screen.queryByRole('button', { name: 'Join Video Call' })).toBeNull();
  });

  it('stays open until 30 minutes after the end, then says the meeting is over', () => {
    vi.setSystemTime(new Date('2030-03-05T17:44:59Z'));
    renderButton();
    expect(screen.getByRole('link', { name: 'Join Video Call' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(1_000));
    expect(joinButton().disabled).toBe(true);
    expect(screen.getByText('This meeting is over.')).toBeTruthy();
  });

  it('names the day when the room opens on another day', () => {
    vi.setSystemTime(new Date('2030-03-04T09:00:00Z'));
    renderButton();
    expect(screen.getByText('Opens Tue 5 Mar at 16:55')).toBeTruthy();
  });

  it('is not offered for a cancelled meeting', () => {
    vi.setSystemTime(new Date('2030-03-05T17:00:00Z'));
    renderButton({ ...m, status: 'cancelled' });
    expect(screen.queryByText('Join Video Call')).toBeNull();
  });

  it('is not offered once the teacher ended the meeting for everyone, which the card says', () => {
    vi.setSystemTime(new Date('2030-03-05T17:10:00Z'));
    renderButton({ ...m, status: 'completed', endedAt: '2030-03-05T17:08:00.000Z' });
    expect(screen.queryByText('Join Video Call')).toBeNull();
    expect(screen.getByText('Ended for everyone at 17:08')).toBeTruthy();
  });
});
