import { useDaily } from '@daily-co/daily-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallTicket, Clock } from '../call-ticket.ts';
import { type CallOutcome, endedWithoutError, outcomeOfError } from '../call/call-outcome.ts';
import { useCallEvents } from '../call/use-call-events.ts';
import { useErrorContext } from '../call/use-error-context.ts';

export type HostCallState = { status: 'joining' } | { status: 'joined' } | { status: 'left' } | CallOutcome;

const settled = new Set<HostCallState['status']>(['ended', 'denied', 'failed', 'left']);

/**
 * The teacher joins as the room's owner as soon as the call object exists (they already chose
 * "Join Video Call"); an owner token skips the lobby.
 */
export function useHostJoin(ticket: CallTicket, now?: Clock) {
  const daily = useDaily();
  const [state, setState] = useState<HostCallState>({ status: 'joining' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const joinedWith = useRef<object | null>(null);
  const context = useErrorContext(ticket, now);

  const set = useCallback((next: HostCallState, force = false) => {
    if (!force && settled.has(stateRef.current.status)) return;
    stateRef.current = next;
    setState(next);
  }, []);

  const join = useCallback(async () => {
    if (!daily) return;
    set({ status: 'joining' }, true);
    try {
      await daily.join({ url: ticket.roomUrl, token: ticket.token });
      set({ status: 'joined' });
    } catch (error) {
      set(outcomeOfError(error, context()));
    }
  }, [daily, ticket, context, set]);

  // Once per call object, also under StrictMode's double effects. Effects run child first, so the
  // join waits a task: daily-react's providers (our parents) subscribe to the call's events first.
  useEffect(() => {
    if (!daily || joinedWith.current === daily) return;
    const id = setTimeout(() => {
      joinedWith.current = daily;
      void join();
    }, 0);
    return () => clearTimeout(id);
  }, [daily, join]);

  const leave = useCallback(async () => {
    set({ status: 'left' }, true);
    await daily?.leave().catch(() => undefined);
  }, [daily, set]);

  /** After the server ended the meeting at the teacher's request: say so, and leave the room. */
  const endedByHost = useCallback(async () => {
    set({
      status: 'ended',
      problem: {
        kind: 'ended-by-teacher',
        title: 'The meeting has ended',
        message: 'You ended the meeting for everyone.',
        canRetry: false,
      },
    });
    await daily?.leave().catch(() => undefined);
  }, [daily, set]);

  useCallEvents({
    error: (event) => set(outcomeOfError(event, context())),
    leftMeeting: () => {
      if (stateRef.current.status === 'joined' || stateRef.current.status === 'joining') set(endedWithoutError());
    },
  });

  return { state, retry: join, leave, endedByHost };
}
