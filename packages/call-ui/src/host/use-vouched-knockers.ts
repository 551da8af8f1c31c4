import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * One row of `staff.meetings.lobby`: a lobby session the server vouches for, claimed by a signed-in
 * parent of the child or by the person a parent invited (through their meeting link).
 */
export interface VouchedKnocker {
  sessionId: string;
  /** The user id in their meeting token: a parent's id, or the invitation's. */
  userId: string;
  role: 'guardian' | 'invitee';
  /** The name in their meeting token ("Li Chen (parent of Maya Chen)", "Interpreter, invited by Li Chen"). */
  name: string;
  /** The appointment's own parent (rather than another parent of the same child). */
  isExpectedParent: boolean;
  /** The inviting parent's name, when a parent invited this person (the other parent, an interpreter). */
  invitedBy: string | null;
  /** What a parent invited them as ("Interpreter"); null for a parent. */
  roleLabel: string | null;
  since: string | Date;
}

export type LoadLobby = () => Promise<readonly VouchedKnocker[]>;

export const LOBBY_POLL_MS = 3000;

/**
 * The server's vouched lobby sessions, asked for as soon as someone new knocks and again every few
 * seconds while anyone waits (the parent's "this knock is me" may land just after the knock).
 * A failed poll keeps what was known.
 */
export function useVouchedKnockers(load: LoadLobby, waitingIds: readonly string[], intervalMs = LOBBY_POLL_MS) {
  const [vouched, setVouched] = useState<readonly VouchedKnocker[]>([]);
  const loadRef = useRef(load);
  loadRef.current = load;
  const key = [...waitingIds].sort().join(',');

  const refresh = useCallback(async () => {
    try {
      const rows = await loadRef.current();
      setVouched(rows);
    } catch {
      // Keep the last answer; the next poll tries again.
    }
  }, []);

  useEffect(() => {
    if (!key) return;
    void refresh();
    const id = setInterval(() => void refresh(), intervalMs);
    return () => clearInterval(id);
  }, [key, intervalMs, refresh]);

  return vouched;
}
