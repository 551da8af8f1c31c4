import { useT } from '@edutrack/i18n/react';
import { useCallback } from 'react';
import { type CallTicket, type Clock, systemClock } from '../call-ticket.ts';
import type { CallErrorContext } from '../errors/describe-call-error.ts';

/** Daily removes people a few seconds either side of the room's expiry; close enough is "closed". */
const EXPIRY_SLACK_MS = 15_000;

/** What the error words depend on, read at the moment of the error (the room may just have closed). */
export function useErrorContext(ticket: CallTicket, clock: Clock = systemClock): () => CallErrorContext {
  const t = useT();
  return useCallback(
    () => ({
      t,
      role: ticket.you.role,
      teacherName: ticket.teacher.displayName,
      roomClosed: clock.now().getTime() >= new Date(ticket.closesAt).getTime() - EXPIRY_SLACK_MS,
    }),
    [ticket, clock, t],
  );
}
