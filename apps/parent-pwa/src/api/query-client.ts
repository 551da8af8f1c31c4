import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { createQueryClient, describeError } from '@edutrack/web-kit';
import { CACHE_MAX_AGE_MS } from './cache-persistence.ts';

/**
 * The shared query defaults, plus what an offline-capable app needs: cached data lives as long as
 * the persisted copy (so a restored cache is not thrown away), and a mutation fails at once when
 * offline instead of silently waiting to run later (the buttons say why they are disabled).
 */
export function createParentQueryClient(): QueryClient {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({
    queries: { ...defaults.queries, gcTime: CACHE_MAX_AGE_MS },
    mutations: { ...defaults.mutations, networkMode: 'always' },
  });
  watchForEndedSession(client);
  return client;
}

/** A parent call answered UNAUTHORIZED: the session ended elsewhere; re-ask who is signed in. */
function watchForEndedSession(client: QueryClient) {
  client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    // The cache types its queries loosely (any); the key is an array of unknowns.
    const queryKey = event.query.queryKey as readonly unknown[];
    const path = queryKey[0];
    if (Array.isArray(path) && path[0] === 'parent' && describeError(event.action.error).code === 'UNAUTHORIZED') {
      void client.invalidateQueries({ queryKey: [['auth', 'me']] });
    }
  });
}

/**
 * TanStack Query assumes "online" until told otherwise; start from what the browser knows so a
 * cold start without a connection pauses queries instead of failing them.
 */
export function trustBrowserOnlineState(): void {
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);
}
