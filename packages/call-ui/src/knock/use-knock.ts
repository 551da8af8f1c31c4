import { useDaily } from '@daily-co/daily-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type CallTicket, type Clock, systemClock } from '../call-ticket.ts';
import { type CallOutcome, endedWithoutError, outcomeOfError } from '../call/call-outcome.ts';
import { useCallEvents } from '../call/use-call-events.ts';
import { useErrorContext } from '../call/use-error-context.ts';

export const KNOCK_TIMEOUT_MS = 10 * 60_000;
const REJOIN_RETRY_MS = 5_000;

/** A tRPC answer that the server will not give a rejoin ticket (as opposed to the network failing). */
const isRefusal = (error: unknown): boolean => {
  const code = (error as { data?: { code?: unknown } } | null)?.data?.code;
  return code === 'PRECONDITION_FAILED' || code === 'NOT_FOUND' || code === 'FORBIDDEN';
};

export type KnockState =
  | { status: 'idle' }
  | { status: 'connecting' }
  | { status: 'waiting' }
  | { status: 'admitted' }
  /** Admitted, then the connection dropped: coming back by itself, without knocking. */
  | { status: 'reconnecting' }
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
  /**
   * `parent.meetings.rejoin`: a ticket whose token skips the lobby, for a parent already let in.
   * Without it a dropped connection ends the call as before.
   */
  rejoin?: () => Promise<CallTicket>;
  /** Between attempts to come back (5 s); tests pass less. */
  rejoinRetryMs?: number;
}

const settled = new Set<KnockState['status']>(['denied', 'ended', 'failed', 'timed-out', 'left']);

/**
 * A parent's way into the call: `preAuth` → `join` (lands in the lobby with the knocking token) →
 * `requestAccess`, then admitted, denied, no answer in time, or the room closing. A denied knock is
 * final: nothing here knocks again by itself.
 */
export function useKnock({
  ticket,
  onKnocking,
  timeoutMs = KNOCK_TIMEOUT_MS,
  now,
  rejoin,
  rejoinRetryMs = REJOIN_RETRY_MS,
}: UseKnockOptions) {
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

  const lastMedia = useRef<JoinMedia>({ audioSource: true, videoSource: true });
  const rejoinRef = useRef(rejoin);
  rejoinRef.current = rejoin;

  const knock = useCallback(
    async (media: JoinMedia) => {
      if (!daily) return;
      lastMedia.current = media;
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

  /**
   * daily-js first reconnects by itself (Daily: a signalling connection back within about 20 s keeps
   * the call); once it gives up it reports a fatal `connection-error`. Then: ask the server for a
   * ticket that skips the lobby and join again, every few seconds, until back in or the room closes.
   */
  const comeBack = useCallback(
    async (dropped: unknown) => {
      const fetchTicket = rejoinRef.current;
      if (!daily || !fetchTicket) return;
      const mine = ++attempt.current;
      const current = () => mine === attempt.current;
      stateRef.current = { status: 'reconnecting' };
      setState(stateRef.current);
      const closesAt = new Date(ticket.closesAt).getTime();
      while (current() && (now ?? systemClock).now().getTime() < closesAt) {
        try {
          const fresh = await fetchTicket();
          if (!current()) return;
          await daily.leave().catch(() => undefined);
          await daily.join({
            url: fresh.roomUrl,
            token: fresh.token,
            audioSource: lastMedia.current.audioSource,
            videoSource: lastMedia.current.videoSource,
            startVideoOff: lastMedia.current.startVideoOff === true,
          });
          if (!current()) return void daily.leave().catch(() => undefined);
          const access = daily.accessState().access;
          if (access !== 'unknown' && access.level === 'full') {
            stateRef.current = { status: 'admitted' };
            setState(stateRef.current);
            return;
          }
        } catch (error) {
          // The server refusing (the meeting ended, or it never saw them let in) will not change by waiting.
          if (isRefusal(error)) break;
        }
        await new Promise((resolve) => setTimeout(resolve, rejoinRetryMs));
      }
      if (current()) settle(outcomeOfError(dropped, context()));
    },
    [daily, ticket, now, rejoinRetryMs, settle, context],
  );

  useCallEvents({
    error: (event) => {
      const { status } = stateRef.current;
      if (status === 'reconnecting') return;
      if (
        status === 'admitted' &&
        rejoinRef.current &&
        (event.error as { type?: unknown } | undefined)?.type === 'connection-error'
      )
        return void comeBack(event);
      settle(outcomeOfError(event, context()));
    },
    accessStateUpdated: (event) => {
      if (stateRef.current.status === 'waiting' && event.access !== 'unknown' && event.access.level === 'full')
        settle({ status: 'admitted' });
    },
    leftMeeting: () => {
      const { status } = stateRef.current;
      if (status === 'waiting' || status === 'admitted' || status === 'connecting')
        settle(endedWithoutError(context().t));
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
