import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs` and whenever the app comes back to the foreground
 * (a phone may have slept for an hour). Reads Date.now(), so tests move it with fake timers and
 * Playwright's page.clock.
 */
export function useNow(intervalMs = 10_000): Date {
  const [now, setNow] = useState(() => new Date(Date.now()));
  useEffect(() => {
    const tick = () => setNow(new Date(Date.now()));
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
