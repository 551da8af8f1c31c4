import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { dayRange } from '../lib/zoned-time.ts';

/** Lists refresh themselves (and on focus, from the query defaults), so the agenda stays live. */
export const AGENDA_REFRESH_MS = 15_000;

/** The meetings starting on one calendar day of the branch, for the teacher being looked at. */
export function useDayMeetings(date: string) {
  const trpc = useTRPC();
  const { branch, teacherId } = useWorkspace();
  const range = dayRange(date, branch.timeZone);
  return useQuery(
    trpc.staff.appointments.list.queryOptions(
      { view: 'range', ...range, teacherId, limit: 200 },
      { refetchInterval: AGENDA_REFRESH_MS },
    ),
  );
}

/** Meetings not over yet, soonest first. */
export function useUpcomingMeetings() {
  const trpc = useTRPC();
  const { teacherId } = useWorkspace();
  return useQuery(
    trpc.staff.appointments.list.queryOptions(
      { view: 'upcoming', teacherId, limit: 20 },
      { refetchInterval: AGENDA_REFRESH_MS },
    ),
  );
}

export function useMeeting(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.staff.appointments.get.queryOptions({ id }, { refetchInterval: AGENDA_REFRESH_MS }));
}

/** After any change to a meeting: meetings and slots (a moved meeting frees its slot) are refetched. */
function useRefreshMeetings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.staff.appointments.pathFilter()),
      queryClient.invalidateQueries(trpc.staff.availability.pathFilter()),
    ]);
}

export function useScheduleMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  return useMutation(trpc.staff.appointments.schedule.mutationOptions({ onSuccess: refresh }));
}

export function useRescheduleMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  return useMutation(trpc.staff.appointments.reschedule.mutationOptions({ onSuccess: refresh }));
}

export function useCancelMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  return useMutation(trpc.staff.appointments.cancel.mutationOptions({ onSuccess: refresh }));
}

/** Undoes "End meeting for everyone" (the server allows it until the room would have closed). */
export function useReopenMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  return useMutation(trpc.staff.meetings.reopen.mutationOptions({ onSuccess: refresh }));
}

/** Who joined the call or knocked, from Daily's webhooks; refreshed while the page is open. */
export function useAttendance(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.staff.meetings.attendance.queryOptions({ id }, { refetchInterval: AGENDA_REFRESH_MS }));
}

/** Admins: whether Daily still sends us webhooks (the server checks every five minutes). */
export function useWebhookHealth() {
  const trpc = useTRPC();
  return useQuery(trpc.staff.meetings.webhookHealth.queryOptions(undefined, { refetchInterval: 60_000 }));
}
