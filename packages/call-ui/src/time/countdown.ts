import { useMemo } from 'react';

export const ENDING_SOON_MS = 2 * 60_000;

export interface Countdown {
  msLeft: number;
  /** `ending-soon` from `warnMs` before the end; `over` once the end has passed. */
  phase: 'running' | 'ending-soon' | 'over';
  /** "8:05", or "1:02:05" past an hour; "0:00" once over. */
  text: string;
  /** "8 minutes", "1 minute", "less than a minute": for sentences and screen readers. */
  words: string;
}

export function countdown(endsAt: Date | string, now: Date, warnMs = ENDING_SOON_MS): Countdown {
  const msLeft = new Date(endsAt).getTime() - now.getTime();
  const phase = msLeft <= 0 ? 'over' : msLeft <= warnMs ? 'ending-soon' : 'running';
  return { msLeft, phase, text: clockText(Math.max(0, msLeft)), words: minutesInWords(Math.max(0, msLeft)) };
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

function minutesInWords(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return 'less than a minute';
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
