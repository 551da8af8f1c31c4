import type { QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

/**
 * True for "your session has ended" from a signed-in call. The auth.* procedures answer UNAUTHORIZED
 * for a wrong password or a spent link too; those are the form's business, not a sign-out.
 */
function isSessionExpiry(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = error.data as { code?: string; path?: string } | undefined;
  return data?.code === 'UNAUTHORIZED' && !data.path?.startsWith('auth.');
}

/** Calls `onExpired` whenever any query or mutation fails because the session ended. */
export function watchSessionExpiry(queryClient: QueryClient, onExpired: () => void): () => void {
  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && isSessionExpiry(event.action.error)) onExpired();
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && isSessionExpiry(event.action.error)) onExpired();
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}
