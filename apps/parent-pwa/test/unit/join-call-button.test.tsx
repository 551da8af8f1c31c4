import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JoinCallButton } from '../../src/features/meetings/join-call-button.tsx';
import { MeetingCard } from '../../src/features/meetings/meeting-card.tsx';
import { meeting } from './support/fixtures.ts';
import { renderWithApi } from './support/render-with-api.tsx';

// The meeting runs 10:00–10:15 (London = UTC in January): joining opens 09:55 and closes 10:45.
const m = meeting({ startsAt: '2030-01-15T10:00:00.000Z', endsAt: '2030-01-15T10:15:00.000Z' });
const joinButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Join Video Call' });

function at(iso: string) {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date', 'setInterval', 'clearInterval'] });
}

/** Moves the clock on and lets useNow() tick. */
function advanceTo(iso: string) {
  act(() => {
    vi.setSystemTime(new Date(iso));
    vi.advanceTimersByTime(10_000);
  });
}

describe('the Join Video Call button', () => {
  it('is disabled before the window and says when it opens', () => {
    at('2030-01-15T09:45:00Z');
    renderWithApi(<JoinCallButton meeting={m} />);
    expect(joinButton().disabled).toBe(true);
    // The reason is tied to the button, so a screen reader says why it cannot be pressed.
    const hint = document.getElementById(joinButton().getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Opens at 09:55 (in 10 minutes), 5 minutes before the start.');
  });

  it('says the day when the meeting is not today', () => {
    at('2030-01-14T09:45:00Z');
    renderWithApi(<JoinCallButton meeting={m} />);
    expect(screen.getByText(/Opens at .*15.*09:55, 5 minutes before the start\./)).toBeTruthy();
    expect(screen.queryByText(/in \d+ minutes/)).toBeNull();
  });

  it('opens by itself at 5 minutes before the start and leads to the call screen', () => {
    at('2030-01-15T09:54:30Z');
    const { history } = renderWithApi(<JoinCallButton meeting={m} />);
    expect(joinButton().disabled).toBe(true);
    advanceTo('2030-01-15T09:55:00Z');
    expect(joinButton().disabled).toBe(false);
    expect(screen.queryByText(/Opens at/)).toBeNull();
    act(() => joinButton().click());
    expect(history.at(-1)).toBe(`/meetings/${m.id}/call`);
  });

  it('stays open until 30 minutes after the end, then says the meeting has ended', () => {
    at('2030-01-15T10:44:00Z');
    renderWithApi(<JoinCallButton meeting={m} />);
    expect(joinButton().disabled).toBe(false);
    advanceTo('2030-01-15T10:45:00Z');
    expect(joinButton().disabled).toBe(true);
    expect(screen.getByText('This meeting has ended.')).toBeTruthy();
  });

  it('is disabled with an explanation while offline, even in the window', () => {
    at('2030-01-15T10:00:00Z');
    onlineManager.setOnline(false);
    renderWithApi(<JoinCallButton meeting={m} />);
    expect(joinButton().disabled).toBe(true);
    expect(screen.getByText("You're offline. Joining the call needs an internet connection.")).toBeTruthy();
  });

  it('is not offered for a cancelled meeting', () => {
    at('2030-01-15T10:00:00Z');
    renderWithApi(<JoinCallButton meeting={{ ...m, status: 'cancelled' }} />);
    expect(screen.queryByRole('button', { name: 'Join Video Call' })).toBeNull();
  });

  it('is not offered on the card once the teacher ended the meeting for everyone', () => {
    at('2030-01-15T10:10:00Z');
    renderWithApi(<MeetingCard meeting={{ ...m, endedAt: '2030-01-15T10:08:00.000Z' }} upcoming />);
    expect(screen.queryByRole('button', { name: 'Join Video Call' })).toBeNull();
    expect(screen.getByText('Ended')).toBeTruthy();
  });
});
