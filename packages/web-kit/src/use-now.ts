import { useEffect, useRef, useState } from 'react';
import { systemClock, type Clock } from '@edutrack/daily/clock';

/**
 * The current time for UI that changes with it (the Join button, countdowns, "today"), read again
 * every `intervalMs` and whenever the page comes back to the foreground (a phone may have slept for
 * an hour). The clock is read through a ref, so an inline clock does not restart the timer each
 * render. The system clock reads Date, so tests move it with fake timers or Playwright's page.clock.
 */
export function useNow(intervalMs: number, clock: Clock = systemClock): Date {
  const clockRef = useRef(clock);
  clockRef.current = clock;
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const tick = () => setNow(clockRef.current.now());
    const timer = setInterval(tick, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [intervalMs]);
  return now;
}
