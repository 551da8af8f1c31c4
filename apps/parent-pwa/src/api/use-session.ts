import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';

/** Who is signed in on this device (kept offline, so the installed app opens without a network). */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

export function useRequestSignInLink() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.requestMagicLink.mutationOptions());
}

/** Spends the emailed token; afterwards everything cached is re-read as the signed-in parent. */
export function useRedeemSignInLink() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.redeemMagicLink.mutationOptions({
      onSuccess: async () => {
        queryClient.removeQueries({ queryKey: trpc.parent.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );
}

/** Ends the session and forgets this parent's data on the device (a shared phone keeps nothing). */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.parentSignOut.mutationOptions({
      onSuccess: () => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { staff: null, guardian: null });
      },
    }),
  );
}
