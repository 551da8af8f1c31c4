import type { Clock } from '@edutrack/daily/clock';

export { systemClock, type Clock } from '@edutrack/daily/clock';

/** A clock tests (and the e2e harness) can set and advance. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = new Date()) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
