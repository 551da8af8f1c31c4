import { useLocalSessionId, useParticipantCounts, useParticipantIds } from '@daily-co/daily-react';

/**
 * Whether the teacher is in the call, seen from the lobby. Where the lobby sees participants, an
 * owner among them; where it only gets a head count of the call (the local stand-in; possibly real
 * Daily), anyone present: in a parent-teacher room nobody is in the call before the teacher, since
 * only the teacher lets people in. Meant for the knock screen; once admitted, the count includes you.
 */
export function useTeacherPresent(): boolean {
  const localId = useLocalSessionId();
  const owners = useParticipantIds({ filter: 'owner' });
  const { present } = useParticipantCounts();
  return owners.some((id) => id !== localId) || present > 0;
}
