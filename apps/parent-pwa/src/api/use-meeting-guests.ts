import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';

/** Who is invited to a meeting, and whom the parent could invite. */
export function useMeetingGuests(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.parent.guests.get.queryOptions({ id }));
}

/** Inviting and withdrawing answer with the meeting's new guests, which replace the cached ones. */
function useStoreGuests() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (view: unknown, input: { id: string }) =>
    queryClient.setQueryData(trpc.parent.guests.get.queryKey({ id: input.id }), view as never);
}

export function useInviteGuest() {
  const trpc = useTRPC();
  const store = useStoreGuests();
  return useMutation(trpc.parent.guests.invite.mutationOptions({ onSuccess: store }));
}

export function useWithdrawGuest() {
  const trpc = useTRPC();
  const store = useStoreGuests();
  return useMutation(trpc.parent.guests.withdraw.mutationOptions({ onSuccess: store }));
}
