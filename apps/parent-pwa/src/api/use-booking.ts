import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';

/** Open slots of the children's teachers (optionally one teacher's, for one child). Never kept offline. */
export function useOpenSlots(filter: { teacherId?: string; studentId?: string } = {}) {
  const trpc = useTRPC();
  return useQuery(trpc.parent.availability.openSlots.queryOptions(filter));
}

/** After any change, meetings and slots are re-read (a booked slot is no longer open). */
function useRefreshParentData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.parent.pathKey() });
}

export function useBookSlot() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.appointments.book.mutationOptions({ onSettled: refresh }));
}

export function useRescheduleMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.appointments.reschedule.mutationOptions({ onSettled: refresh }));
}

export function useCancelMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.appointments.cancel.mutationOptions({ onSettled: refresh }));
}
