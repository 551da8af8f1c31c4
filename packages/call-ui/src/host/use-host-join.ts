import { useDaily } from '@daily-co/daily-react';
import { useCallback, useRef, useState } from 'react';
import { type CallTicket, type Clock, systemClock } from '../call-ticket.ts';
import { type CallOutcome, endedWithoutError, outcomeOfError } from '../call/call-outcome.ts';
import { useCallEvents } from '../call/use-call-events.ts';
import { useErrorContext } from '../call/use-error-context.ts';
import type { JoinMedia } from '../knock/use-knock.ts';

/** How many times the teacher's screen tries to come back after a drop before asking them. */
const HOST_REJOIN_TRIES = 5;
const HOST_REJOIN_RETRY_MS = 3_000;

export type HostCallState =
  | { status: 'checking' }
  | { status: 'joining' }
  | { status: 'joined' }
  /** The connection dropped and Daily removed them: joining again by itself, try `attempt` of `of`. */
  | { status: 'reconnecting'; attempt: number; of: number }
  /** Every try failed: the teacher chooses "Rejoin" when their connection is back. */
  | { status: 'disconnected'; tries: number }
  | { status: 'left' }
  | CallOutcome;

const settled = new Set<HostCallState['status']>(['ended', 'denied', 'failed', 'left', 'disconnected']);

export interface HostRejoinOptions {
  /** Tries before giving up (5). */
  rejoinTries?: number;
  /** Between tries (3 s); tests pass less. */
  rejoinRetryMs?: number;
}

/**
 * The teacher checks their camera and microphone first (as the parent does), then joins as the
 * room's owner with the devices they chose; an owner token skips the lobby.
 *
 * A dropped connection (docs/decisions/018): daily-js first reconnects by itself and reports it as
 * `network-connection` (`signaling` `interrupted`, then `connected`): the call goes on, with
 * "Reconnecting…" said in the call (`interrupted`). Once daily-js gives up it sends a fatal `error`
 * (`connection-error`) and `left-meeting`; then this joins again with the same owner token (valid
 * until the call's cut-off, and an owner never knocks), a bounded number of times, inside the window.
 * Daily tells a returning owner who is in the lobby (`waiting-participant-added`), so parents who
 * knocked meanwhile show in the waiting room again.
 */
export function useHostJoin(
  ticket: CallTicket,
  now?: Clock,
  { rejoinTries = HOST_REJOIN_TRIES, rejoinRetryMs = HOST_REJOIN_RETRY_MS }: HostRejoinOptions = {},
) {
  const daily = useDaily();
  const [state, setState] = useState<HostCallState>({ status: 'checking' });
  const [interrupted, setInterrupted] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  // Each join, rejoin and leave starts a new attempt; a rejoin loop from an older one stops.
  const attempt = useRef(0);
  const lastMedia = useRef<JoinMedia>({ audioSource: true, videoSource: true });
  const context = useErrorContext(ticket, now);

  const set = useCallback((next: HostCallState, force = false) => {
    if (!force && settled.has(stateRef.current.status)) return;
    stateRef.current = next;
    setState(next);
    setInterrupted(false);
  }, []);

  const joinWith = useCallback(
    (media: JoinMedia) =>
      daily!.join({
        url: ticket.roomUrl,
        token: ticket.token,
        audioSource: media.audioSource,
        videoSource: media.videoSource,
        startVideoOff: media.startVideoOff === true,
      }),
    [daily, ticket],
  );

  const join = useCallback(
    async (media: JoinMedia = lastMedia.current) => {
      if (!daily) return;
      lastMedia.current = media;
      const mine = ++attempt.current;
      set({ status: 'joining' }, true);
      try {
        await joinWith(media);
        if (mine === attempt.current) set({ status: 'joined' });
      } catch (error) {
        if (mine === attempt.current) set(outcomeOfError(error, context()));
      }
    },
    [daily, joinWith, context, set],
  );

  const comeBack = useCallback(async () => {
    if (!daily) return;
    const mine = ++attempt.current;
    const current = () => mine === attempt.current;
    const closesAt = new Date(ticket.closesAt).getTime();
    for (let tryNumber = 1; tryNumber <= rejoinTries; tryNumber++) {
      if (!current()) return;
      // The room has closed: nothing to come back to.
      if ((now ?? systemClock).now().getTime() >= closesAt) return set(endedWithoutError(context().t), true);
      set({ status: 'reconnecting', attempt: tryNumber, of: rejoinTries }, true);
      try {
        await daily.leave().catch(() => undefined);
        await joinWith(lastMedia.current);
        if (current()) set({ status: 'joined' }, true);
        return;
      } catch (error) {
        if (!current()) return;
        const outcome = outcomeOfError(error, context());
        // Only a connection problem may pass by trying again; a closed room or a removal will not.
        if (outcome.problem.kind !== 'network' && outcome.problem.kind !== 'unknown') return set(outcome, true);
      }
      if (tryNumber < rejoinTries) await new Promise((resolve) => setTimeout(resolve, rejoinRetryMs));
    }
    if (current()) set({ status: 'disconnected', tries: rejoinTries }, true);
  }, [daily, ticket, now, rejoinTries, rejoinRetryMs, joinWith, context, set]);

  const leave = useCallback(async () => {
    attempt.current++;
    set({ status: 'left' }, true);
    await daily?.leave().catch(() => undefined);
  }, [daily, set]);

  /** After the server ended the meeting at the teacher's request: say so, and leave the room. */
  const endedByHost = useCallback(async () => {
    attempt.current++;
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
    error: (event) => {
      const { status } = stateRef.current;
      // A rejoin in progress judges its own failures.
      if (status === 'reconnecting') return;
      if (status === 'joined' && (event.error as { type?: unknown } | undefined)?.type === 'connection-error')
        return void comeBack();
      set(outcomeOfError(event, context()));
    },
    leftMeeting: () => {
      if (stateRef.current.status === 'joined' || stateRef.current.status === 'joining')
        set(endedWithoutError(context().t));
    },
    networkConnection: (event) => {
      // Daily's own reconnection of the signalling channel: the call stays up meanwhile.
      if (event.type !== 'signaling' || stateRef.current.status !== 'joined') return;
      setInterrupted(event.event === 'interrupted');
    },
  });

  return { state, interrupted, join, retry: () => join(), leave, endedByHost };
}
