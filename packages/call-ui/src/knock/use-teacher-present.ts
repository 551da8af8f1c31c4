import { useEffect, useRef, useState } from 'react';

/** `parent.meetings.teacherPresence({ id })`: whether the teacher is in the call, from the server. */
export type LoadTeacherPresence = () => Promise<{ teacherPresent: boolean }>;

/** How often the knock screen asks (the server caches Daily's presence for 5 s, so asking faster gains nothing). */
export const TEACHER_PRESENCE_POLL_MS = 5_000;

/**
 * Whether the teacher is in the call, seen from the lobby. It comes from the server (Daily's presence,
 * matched on the teacher's token user id), not from the call object: Daily says lobby members are
 * "connected but hidden from other participants" (waiting-room guide), so what a knocker's call object
 * learns about the call is undocumented. Asked at once and then every few seconds; a failed ask keeps
 * the last answer. Without a loader (or before the first answer) the teacher counts as not here yet.
 */
export function useTeacherPresent(load?: LoadTeacherPresence, intervalMs = TEACHER_PRESENCE_POLL_MS): boolean {
  const [present, setPresent] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      const current = loadRef.current;
      if (!current) return;
      try {
        const answer = await current();
        if (!stopped) setPresent(answer.teacherPresent);
      } catch {
        // Keep the last answer; the next ask tries again.
      }
    };
    void ask();
    const id = setInterval(() => void ask(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(id);
    };
  }, [intervalMs]);
  return present;
}
