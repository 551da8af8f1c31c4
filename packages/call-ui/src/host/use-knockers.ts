import { useT } from '@edutrack/i18n/react';
import type { DailyEventObject } from '@daily-co/daily-js';
import { useWaitingParticipants } from '@daily-co/daily-react';
import { useCallback, useMemo, useState } from 'react';
import type { CallTicket } from '../call-ticket.ts';
import type { Knocker } from '../components/waiting-room-panel.tsx';
import { classifyKnocker } from './classify-knocker.ts';
import { type LoadLobby, useVouchedKnockers } from './use-vouched-knockers.ts';

/**
 * The owner's view of the lobby: who is knocking and who they are (vouched by the server or not),
 * the newest knock for the toast, and the answers.
 */
export function useKnockers(ticket: CallTicket, loadLobby: LoadLobby, pollMs?: number) {
  const t = useT();
  const [newestId, setNewestId] = useState<string | null>(null);
  const { waitingParticipants, grantAccess, denyAccess } = useWaitingParticipants({
    onWaitingParticipantAdded: useCallback(
      (event: DailyEventObject<'waiting-participant-added'>) => setNewestId(event.participant.id),
      [],
    ),
  });
  const waiting = waitingParticipants as Array<{ id: string; name: string }>;
  const vouched = useVouchedKnockers(
    loadLobby,
    waiting.map((w) => w.id),
    pollMs,
  );
  const knockers: Knocker[] = useMemo(
    () => waiting.map((w) => ({ id: w.id, identity: classifyKnocker(w, waiting, vouched, ticket, t) })),
    [waiting, vouched, ticket, t],
  );
  const toast = knockers.find((k) => k.id === newestId) ?? null;
  const dismissToast = useCallback(() => setNewestId(null), []);
  const admit = useCallback(
    (id: string) => {
      setNewestId((current) => (current === id ? null : current));
      grantAccess(id);
    },
    [grantAccess],
  );
  const deny = useCallback(
    (id: string) => {
      setNewestId((current) => (current === id ? null : current));
      denyAccess(id);
    },
    [denyAccess],
  );
  return { knockers, toast, dismissToast, admit, deny };
}
