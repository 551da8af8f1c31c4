import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';

/** Parents' evenings at the children's schools. Never kept offline: booking needs the server. */
export function useEvenings() {
  const trpc = useTRPC();
  return useQuery(trpc.parent.evenings.list.queryOptions());
}

/** One evening as this family sees it: when they may book, their meetings, holds, waiting lists and offers. */
export function useEvening(eveningId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.parent.evenings.get.queryOptions({ eveningId }, { refetchInterval: 30_000 }));
}

/** Another free time of one teacher (or joint meeting) for a child, to swap a proposed meeting to. */
export function useFreeSlots(input: { eveningId: string; studentId: string; targetId: string }) {
  const trpc = useTRPC();
  return useQuery(trpc.parent.evenings.freeSlots.queryOptions(input, { staleTime: 0 }));
}

/** After a booking change the evening, the meetings and the open slots are all read again. */
function useRefreshParentData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.parent.pathKey() });
}

/** Asks the server for an itinerary; its slots are held for this family for 2 minutes. */
export function useProposeItinerary() {
  const trpc = useTRPC();
  return useMutation(trpc.parent.evenings.propose.mutationOptions());
}

export function useAdjustHeldMeeting() {
  const trpc = useTRPC();
  return useMutation(trpc.parent.evenings.adjust.mutationOptions());
}

/** Lets the held times go at once (the parent went back to change who or when). */
export function useReleaseHolds() {
  const trpc = useTRPC();
  return useMutation(trpc.parent.evenings.release.mutationOptions());
}

/** Books held slots all at once: a proposal, or a waiting-list offer. */
export function useConfirmItinerary() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.evenings.confirm.mutationOptions({ onSettled: refresh }));
}

export function useJoinWaitingList() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.evenings.joinWaitlist.mutationOptions({ onSettled: refresh }));
}

/** Cancels one of the family's evening meetings; its time goes back to the teacher's waiting list. */
export function useCancelEveningMeeting() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.evenings.cancel.mutationOptions({ onSuccess: refresh }));
}

export function useLeaveWaitingList() {
  const trpc = useTRPC();
  const refresh = useRefreshParentData();
  return useMutation(trpc.parent.evenings.leaveWaitlist.mutationOptions({ onSuccess: refresh }));
}
