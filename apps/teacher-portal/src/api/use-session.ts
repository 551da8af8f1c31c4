import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '@edutrack/web-kit';
import { watchSessionExpiry } from './session-expiry.ts';

type Trpc = ReturnType<typeof useTRPC>;

/** Drops everything cached for the signed-in person and marks them signed out. */
function forgetStaff(queryClient: QueryClient, trpc: Trpc) {
  queryClient.removeQueries(trpc.staff.pathFilter());
  queryClient.setQueryData(trpc.auth.me.queryKey(), (old) => (old ? { ...old, staff: null } : old));
}

/**
 * Who is signed in. When any call reports that the session ended, the sign-in page takes over,
 * with a note saying why.
 */
export function useSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);
  const me = useQuery(trpc.auth.me.queryOptions());

  useEffect(
    () =>
      watchSessionExpiry(queryClient, () => {
        setExpired(true);
        forgetStaff(queryClient, trpc);
      }),
    [queryClient, trpc],
  );

  const staff = me.data?.staff ?? null;
  useEffect(() => {
    if (staff) setExpired(false);
  }, [staff]);

  return { me, staff, expired };
}

/** Signs out on the server, then forgets everything cached for this person. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.auth.staffSignOut.mutationOptions({ onSettled: () => forgetStaff(queryClient, trpc) }));
}

/** After signing in or setting a password: refetch who is signed in, which swaps in the portal. */
export function useAfterSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.auth.me.queryFilter());
}
