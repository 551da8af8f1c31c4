import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`, for UI that changes with the clock (the Join
 * button, "ended" badges). Tests control it with fake timers.
 */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
