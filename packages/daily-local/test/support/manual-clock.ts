import type { Clock } from '@edutrack/daily';

export interface ManualClock extends Clock {
  set(to: Date | string): void;
  advance(ms: number): void;
}

export function createManualClock(start: Date | string = '2030-03-04T09:00:00Z'): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (to) => {
      current = new Date(to).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
