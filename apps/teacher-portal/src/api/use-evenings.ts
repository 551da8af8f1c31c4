import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { AGENDA_REFRESH_MS } from './use-meetings.ts';

/** The branch's parents' evenings, soonest first. */
export function useEvenings() {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(trpc.staff.evenings.list.queryOptions({ branchId: branch.id }));
}

export function useEvening(eveningId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.staff.evenings.get.queryOptions({ eveningId }));
}

/** A teacher's own evening (an admin: the teacher chosen under "Showing"), refreshed as families book. */
export function useTeacherSchedule(eveningId: string, teacherId: string | undefined) {
  const trpc = useTRPC();
  return useQuery(
    trpc.staff.evenings.schedule.queryOptions({ eveningId, teacherId }, { refetchInterval: AGENDA_REFRESH_MS }),
  );
}

/** After any change to an evening, everything about evenings is read again. */
function useRefreshEvenings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.staff.evenings.pathFilter());
}

export function useCreateEvening() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.create.mutationOptions({ onSuccess: refresh }));
}

export function useUpdateEveningRules() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.updateRules.mutationOptions({ onSuccess: refresh }));
}

export function useSetEveningTeacher() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.setTeacher.mutationOptions({ onSuccess: refresh }));
}

export function useMarkUnavailable() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.markUnavailable.mutationOptions({ onSuccess: refresh }));
}

export function useAddJointMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.addJointMeeting.mutationOptions({ onSuccess: refresh }));
}

export function useRemoveJointMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.removeJointMeeting.mutationOptions({ onSuccess: refresh }));
}

export function useSetEarlyAccess() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.setEarlyAccess.mutationOptions({ onSuccess: refresh }));
}

export function useFlagFamily() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.flagFamily.mutationOptions({ onSuccess: refresh }));
}

/** Staff cancel a family's evening booking (also after closing); the family is emailed, the waiting list offered the time. */
export function useCancelEveningBooking() {
  const trpc = useTRPC();
  const refresh = useRefreshEvenings();
  return useMutation(trpc.staff.evenings.cancelBooking.mutationOptions({ onSuccess: refresh }));
}
