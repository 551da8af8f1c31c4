import { useEffect, useRef, useState } from 'react';
import type { Clock } from '../call-ticket.ts';

/**
 * The clock's time, read again every `intervalMs` (a second by default) while mounted. The clock is
 * read through a ref, so an inline `now={() => new Date()}` does not restart the timer each render.
 */
export function useNow(clock: Clock, intervalMs = 1000): Date {
  const clockRef = useRef(clock);
  clockRef.current = clock;
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clockRef.current()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
