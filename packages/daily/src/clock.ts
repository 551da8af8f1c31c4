/**
 * The one clock shape of the project (server, core, the call UI and both web apps): every
 * time-dependent rule reads the time from a clock, so tests can move it. It lives here because this
 * package depends on no other; `@edutrack/daily/clock` has nothing else in it, so browsers can load it.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
