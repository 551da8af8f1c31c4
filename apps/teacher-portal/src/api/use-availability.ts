import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { dayRange } from '../lib/zoned-time.ts';
import { AGENDA_REFRESH_MS } from './use-meetings.ts';

/** The published slots of one day (booked ones say by whom). */
export function useDaySlots(date: string, teacherId: string | undefined) {
  const trpc = useTRPC();
  const { branch } = useWorkspace();
  return useQuery(
    trpc.staff.availability.list.queryOptions(
      { branchId: branch.id, teacherId, ...dayRange(date, branch.timeZone) },
      { refetchInterval: AGENDA_REFRESH_MS, enabled: Boolean(teacherId) },
    ),
  );
}

function useRefreshSlots() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.staff.availability.pathFilter());
}

export function usePublishSlots() {
  const trpc = useTRPC();
  const refresh = useRefreshSlots();
  return useMutation(trpc.staff.availability.publish.mutationOptions({ onSuccess: refresh }));
}

export function useRemoveSlots() {
  const trpc = useTRPC();
  const refresh = useRefreshSlots();
  return useMutation(trpc.staff.availability.remove.mutationOptions({ onSettled: refresh }));
}
