import { useMemo } from 'react';

export const ENDING_SOON_MS = 2 * 60_000;

export interface Countdown {
  msLeft: number;
  /** `ending-soon` from `warnMs` before the end; `over` once the end has passed. */
  phase: 'running' | 'ending-soon' | 'over';
  /** "8:05", or "1:02:05" past an hour; "0:00" once over. */
  text: string;
  /** Whole minutes left, rounded up ("8 minutes" in words); 0 under a minute ("less than a minute"). */
  minutes: number;
}

export function countdown(endsAt: Date | string, now: Date, warnMs = ENDING_SOON_MS): Countdown {
  const msLeft = new Date(endsAt).getTime() - now.getTime();
  const phase = msLeft <= 0 ? 'over' : msLeft <= warnMs ? 'ending-soon' : 'running';
  return {
    msLeft,
    phase,
    text: clockText(Math.max(0, msLeft)),
    minutes: msLeft < 60_000 ? 0 : Math.ceil(msLeft / 60_000),
  };
}

/** The countdown to `endsAt` at `now` (tick `now` with `useNow`). */
export function useCountdown(endsAt: Date | string, now: Date, warnMs = ENDING_SOON_MS): Countdown {
  const end = new Date(endsAt).getTime();
  const at = now.getTime();
  return useMemo(() => countdown(new Date(end), new Date(at), warnMs), [end, at, warnMs]);
}

function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
