import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query } from '@tanstack/react-query';
import type { PersistQueryClientProviderProps } from '@tanstack/react-query-persist-client';

/**
 * How long the last known meetings stay available offline. It is also the cache's gcTime, which
 * ends up in a setTimeout: it must stay below 2^31 ms (24.8 days), or the timer fires at once and
 * the restored cache is thrown away.
 */
export const CACHE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const STORAGE_KEY = 'edutrack-parent-cache';
/** Change when the shape of persisted data changes: older copies are then dropped. */
const CACHE_VERSION = '1';

/** What is kept on the device for offline use: who is signed in, the children, their meetings. */
const PERSISTED_PATHS = new Set([
  'auth.me',
  'parent.directory.children',
  'parent.appointments.list',
  'parent.appointments.get',
]);

function queryPath(queryKey: readonly unknown[]): string {
  const path = queryKey[0];
  return Array.isArray(path) ? path.join('.') : '';
}

export function shouldPersistQuery(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  if (query.state.status !== 'success' || !PERSISTED_PATHS.has(queryPath(query.queryKey))) return false;
  // A signed-out answer is never kept: restored later, it would outrank a sign-in made since.
  const path = queryPath(query.queryKey);
  return path !== 'auth.me' || Boolean((query.state.data as { guardian?: unknown } | undefined)?.guardian);
}

export function createPersistOptions(storage: Storage | null): PersistQueryClientProviderProps['persistOptions'] {
  return {
    persister: createAsyncStoragePersister({ storage, key: STORAGE_KEY, throttleTime: 500 }),
    maxAge: CACHE_MAX_AGE_MS,
    buster: CACHE_VERSION,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery },
  };
}

/** localStorage, or nothing where a browser refuses it (private modes, some web views). */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
