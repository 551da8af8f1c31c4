import { useDaily } from '@daily-co/daily-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallTicket, Clock } from '../call-ticket.ts';
import { type CallOutcome, endedWithoutError, outcomeOfError } from '../call/call-outcome.ts';
import { useCallEvents } from '../call/use-call-events.ts';
import { useErrorContext } from '../call/use-error-context.ts';

export const KNOCK_TIMEOUT_MS = 10 * 60_000;

export type KnockState =
  | { status: 'idle' }
  | { status: 'connecting' }
  | { status: 'waiting' }
  | { status: 'admitted' }
  | { status: 'timed-out' }
  | { status: 'left' }
  | CallOutcome;

/**
 * Which camera and microphone to join with: a device id, or false to join without it.
 * `startVideoOff`: join with sound only (the camera can still be turned on in the call).
 */
export interface JoinMedia {
  audioSource: string | boolean;
  videoSource: string | boolean;
  startVideoOff?: boolean;
}

export interface UseKnockOptions {
  ticket: CallTicket;
  /** Tells the server "this lobby session is me" (`parent.meetings.knocking`), right after knocking. */
  onKnocking?: (sessionId: string) => unknown;
  /** How long to wait for an answer before saying nobody answered. */
  timeoutMs?: number;
  now?: Clock;
}

const settled = new Set<KnockState['status']>(['denied', 'ended', 'failed', 'timed-out', 'left']);

/**
 * A parent's way into the call: `preAuth` → `join` (lands in the lobby with the knocking token) →
 * `requestAccess`, then admitted, denied, no answer in time, or the room closing. A denied knock is
 * final: nothing here knocks again by itself.
 */
export function useKnock({ ticket, onKnocking, timeoutMs = KNOCK_TIMEOUT_MS, now }: UseKnockOptions) {
  const daily = useDaily();
  const [state, setState] = useState<KnockState>({ status: 'idle' });
  const stateRef = useRef(state);
  stateRef.current = state;
  // Each knock (and each leave) starts a new attempt; answers to an older one are ignored.
  const attempt = useRef(0);
  const onKnockingRef = useRef(onKnocking);
  onKnockingRef.current = onKnocking;
  const context = useErrorContext(ticket, now);

  const settle = useCallback((next: KnockState) => {
    if (settled.has(stateRef.current.status)) return;
    stateRef.current = next;
    setState(next);
  }, []);

  const knock = useCallback(
    async (media: JoinMedia) => {
      if (!daily) return;
      const mine = ++attempt.current;
      const current = () => mine === attempt.current;
      stateRef.current = { status: 'connecting' };
      setState(stateRef.current);
      try {
        await daily.preAuth({ url: ticket.roomUrl, token: ticket.token });
        if (!current()) return;
        await daily.join({
          url: ticket.roomUrl,
          token: ticket.token,
          audioSource: media.audioSource,
          videoSource: media.videoSource,
          startVideoOff: media.startVideoOff === true,
        });
        // Cancelled while joining: leave the lobby rather than knock.
        if (!current()) return void daily.leave().catch(() => undefined);
        const access = daily.accessState().access;
        if (access !== 'unknown' && access.level === 'full') return settle({ status: 'admitted' });
        settle({ status: 'waiting' });
        const answer = daily.requestAccess({ name: ticket.you.userName, access: { level: 'full' } });
        const sessionId = daily.participants().local?.session_id;
        if (sessionId) void Promise.resolve(onKnockingRef.current?.(sessionId)).catch(() => undefined);
        const { granted } = await answer;
        if (!current()) return;
        settle(granted ? { status: 'admitted' } : outcomeOfError('Join request rejected', context()));
        if (!granted) void daily.leave().catch(() => undefined);
      } catch (error) {
        if (current()) settle(outcomeOfError(error, context()));
      }
    },
    [daily, ticket, context, settle],
  );

  const leave = useCallback(async () => {
    attempt.current++;
    stateRef.current = { status: 'left' };
    setState(stateRef.current);
    await daily?.leave().catch(() => undefined);
  }, [daily]);

  useCallEvents({
    error: (event) => settle(outcomeOfError(event, context())),
    accessStateUpdated: (event) => {
      if (stateRef.current.status === 'waiting' && event.access !== 'unknown' && event.access.level === 'full')
        settle({ status: 'admitted' });
    },
    leftMeeting: () => {
      const { status } = stateRef.current;
      if (status === 'waiting' || status === 'admitted' || status === 'connecting') settle(endedWithoutError());
    },
  });

  // Nobody answered in time: stop knocking, say so, and let the parent knock again.
  useEffect(() => {
    if (state.status !== 'waiting') return;
    const id = setTimeout(() => {
      attempt.current++;
      settle({ status: 'timed-out' });
      void daily?.leave().catch(() => undefined);
    }, timeoutMs);
    return () => clearTimeout(id);
  }, [state.status, timeoutMs, daily, settle]);

  /** After a timeout or a failure that may pass: back to the start, ready to knock again. */
  const reset = useCallback(() => {
    attempt.current++;
    stateRef.current = { status: 'idle' };
    setState(stateRef.current);
  }, []);

  return { state, knock, leave, reset };
}
