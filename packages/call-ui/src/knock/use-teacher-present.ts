import { useEffect, useRef, useState } from 'react';

/** The teacher said they are running late: by how much, and when this meeting is now expected to start. */
interface RunningLate {
  minutes: number;
  expectedStartsAt: string;
}

/**
 * `parent.meetings.teacherPresence({ id })`: whether the teacher is in the call, from the server, and
 * whether they are running late (the same poll brings it, so the waiting screen shows it live).
 */
export type LoadTeacherPresence = () => Promise<{ teacherPresent: boolean; runningLate?: RunningLate | null }>;

interface TeacherPresence {
  present: boolean;
  runningLate: RunningLate | null;
}

/** How often the knock screen asks (the server caches Daily's presence for 5 s, so asking faster gains nothing). */
export const TEACHER_PRESENCE_POLL_MS = 5_000;

/**
 * Whether the teacher is in the call, seen from the lobby. It comes from the server (Daily's presence,
 * matched on the teacher's token user id), not from the call object: Daily says lobby members are
 * "connected but hidden from other participants" (waiting-room guide), so what a knocker's call object
 * learns about the call is undocumented. Asked at once and then every few seconds; a failed ask keeps
 * the last answer. Without a loader (or before the first answer) the teacher counts as not here yet.
 */
export function useTeacherPresent(load?: LoadTeacherPresence, intervalMs = TEACHER_PRESENCE_POLL_MS): TeacherPresence {
  const [presence, setPresence] = useState<TeacherPresence>({ present: false, runningLate: null });
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      const current = loadRef.current;
      if (!current) return;
      try {
        const answer = await current();
        if (!stopped) setPresence({ present: answer.teacherPresent, runningLate: answer.runningLate ?? null });
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
  return presence;
}
