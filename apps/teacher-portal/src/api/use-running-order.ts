import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';

/** The night moves fast (knocks, cut-offs): the running order asks every few seconds. */
const RUNNING_ORDER_REFRESH_MS = 5_000;

export function useRunningOrder() {
  const trpc = useTRPC();
  return useQuery(
    trpc.staff.meetings.runningOrder.queryOptions(undefined, { refetchInterval: RUNNING_ORDER_REFRESH_MS }),
  );
}

export function useSetRunningLate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.staff.meetings.runningLate.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.staff.meetings.runningOrder.queryFilter()),
          queryClient.invalidateQueries(trpc.staff.appointments.pathFilter()),
        ]),
    }),
  );
}

export function useMeetNow() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.staff.meetings.meetNow.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.staff.appointments.pathFilter()),
    }),
  );
}
