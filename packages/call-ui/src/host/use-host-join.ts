import { useDaily } from '@daily-co/daily-react';
import { useCallback, useRef, useState } from 'react';
import type { CallTicket, Clock } from '../call-ticket.ts';
import { type CallOutcome, endedWithoutError, outcomeOfError } from '../call/call-outcome.ts';
import { useCallEvents } from '../call/use-call-events.ts';
import { useErrorContext } from '../call/use-error-context.ts';
import type { JoinMedia } from '../knock/use-knock.ts';

export type HostCallState =
  { status: 'checking' } | { status: 'joining' } | { status: 'joined' } | { status: 'left' } | CallOutcome;

const settled = new Set<HostCallState['status']>(['ended', 'denied', 'failed', 'left']);

/**
 * The teacher checks their camera and microphone first (as the parent does), then joins as the
 * room's owner with the devices they chose; an owner token skips the lobby.
 */
export function useHostJoin(ticket: CallTicket, now?: Clock) {
  const daily = useDaily();
  const [state, setState] = useState<HostCallState>({ status: 'checking' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const lastMedia = useRef<JoinMedia>({ audioSource: true, videoSource: true });
  const context = useErrorContext(ticket, now);

  const set = useCallback((next: HostCallState, force = false) => {
    if (!force && settled.has(stateRef.current.status)) return;
    stateRef.current = next;
    setState(next);
  }, []);

  const join = useCallback(
    async (media: JoinMedia = lastMedia.current) => {
      if (!daily) return;
      lastMedia.current = media;
      set({ status: 'joining' }, true);
      try {
        await daily.join({
          url: ticket.roomUrl,
          token: ticket.token,
          audioSource: media.audioSource,
          videoSource: media.videoSource,
          startVideoOff: media.startVideoOff === true,
        });
        set({ status: 'joined' });
      } catch (error) {
        set(outcomeOfError(error, context()));
      }
    },
    [daily, ticket, context, set],
  );

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
        title: context().t('call.error.endedTitle'),
        message: context().t('call.error.youEnded'),
        canRetry: false,
      },
    });
    await daily?.leave().catch(() => undefined);
  }, [daily, set, context]);

  useCallEvents({
    error: (event) => set(outcomeOfError(event, context())),
    leftMeeting: () => {
      if (stateRef.current.status === 'joined' || stateRef.current.status === 'joining')
        set(endedWithoutError(context().t));
    },
  });

  return { state, join, retry: () => join(), leave, endedByHost };
}
