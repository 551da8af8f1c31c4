import { act, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { countdown, useCountdown } from '../src/time/countdown.ts';
import { testClock } from './support/ticket.ts';
import { type Clock, useNow } from '@edutrack/web-kit';

const END = '2026-11-24T17:10:00.000Z';

describe('countdown', () => {
  test('running, then ending soon from 2 minutes before the end, then over', () => {
    expect(countdown(END, new Date('2026-11-24T17:05:30Z'))).toMatchObject({
      phase: 'running',
      text: '4:30',
      minutes: 5,
    });
    expect(countdown(END, new Date('2026-11-24T17:07:59Z'))).toMatchObject({ phase: 'running', text: '2:01' });
    expect(countdown(END, new Date('2026-11-24T17:08:00Z'))).toMatchObject({
      phase: 'ending-soon',
      text: '2:00',
      minutes: 2,
    });
    expect(countdown(END, new Date('2026-11-24T17:09:30Z'))).toMatchObject({
      phase: 'ending-soon',
      minutes: 0,
    });
    expect(countdown(END, new Date('2026-11-24T17:10:00Z'))).toMatchObject({ phase: 'over', text: '0:00' });
  });

  test('hours show when over an hour is left', () => {
    expect(countdown(END, new Date('2026-11-24T15:59:55Z')).text).toBe('1:10:05');
  });
});

function Timer({ clock }: { clock: Clock }) {
  const now = useNow(1000, clock);
  const { phase, text } = useCountdown(END, now);
  return (
    <p>
      {phase} {text}
    </p>
  );
}

test('an inline clock (a new function every render) neither loops nor restarts the timer', () => {
  vi.useFakeTimers();
  let renders = 0;
  function Inline() {
    renders++;
    const now = useNow(1000, { now: () => new Date('2026-11-24T17:05:00Z') });
    return <p>{now.toISOString()}</p>;
  }
  render(<Inline />);
  act(() => vi.advanceTimersByTime(3000));
  expect(renders).toBeLessThan(10);
});

test('useNow + useCountdown move with the clock, a second at a time', () => {
  vi.useFakeTimers();
  const clock = testClock('2026-11-24T17:07:58Z');
  render(<Timer clock={clock} />);
  expect(screen.getByText('running 2:02')).toBeTruthy();
  clock.set('2026-11-24T17:08:00Z');
  act(() => vi.advanceTimersByTime(1000));
  expect(screen.getByText('ending-soon 2:00')).toBeTruthy();
});
