import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { useForgetSavedCopy } from './api-provider.tsx';

/**
 * Who is signed in on this device (kept offline, so the installed app opens without a network).
 * Asked again whenever the app opens: the device's copy answers offline, the server otherwise.
 */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), refetchOnMount: 'always' });
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
  const forgetSavedCopy = useForgetSavedCopy();
  return useMutation(
    trpc.auth.parentSignOut.mutationOptions({
      onSuccess: async () => {
        await forgetSavedCopy();
        // The server dropped this device's push subscription with the session; the browser's copy goes too.
        await forgetPushSubscription();
        // Removing (not clearing) keeps the session query's observers attached, so the app sees
        // the signed-out state at once.
        queryClient.removeQueries({ queryKey: trpc.parent.pathKey() });
        queryClient.setQueryData(trpc.auth.me.queryKey(), (me) => (me ? { ...me, guardian: null } : me));
      },
    }),
  );
}

async function forgetPushSubscription(): Promise<void> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager?.getSubscription();
  await subscription?.unsubscribe().catch(() => false);
}
