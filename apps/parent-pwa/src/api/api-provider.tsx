import type { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider, type PersistQueryClientProviderProps } from '@tanstack/react-query-persist-client';
import { createContext, useContext, type ReactNode } from 'react';
import { TRPCProvider, type createApiClient } from '@edutrack/web-kit';

export type ApiClient = ReturnType<typeof createApiClient>;
type PersistOptions = PersistQueryClientProviderProps['persistOptions'];

const SavedCopyContext = createContext<PersistOptions['persister'] | null>(null);

/**
 * The query cache (restored from the device first, then kept there) and the typed API client.
 * Tests pass their own clients.
 */
export function ApiProvider(props: {
  queryClient: QueryClient;
  trpcClient: ApiClient;
  persistOptions: PersistOptions;
  children: ReactNode;
}) {
  return (
    <PersistQueryClientProvider client={props.queryClient} persistOptions={props.persistOptions}>
      <SavedCopyContext.Provider value={props.persistOptions.persister}>
        <TRPCProvider trpcClient={props.trpcClient} queryClient={props.queryClient}>
          {props.children}
        </TRPCProvider>
      </SavedCopyContext.Provider>
    </PersistQueryClientProvider>
  );
}

/** Deletes the copy of the cache kept on the device at once (saving it again is throttled). */
export function useForgetSavedCopy(): () => Promise<void> {
  const persister = useContext(SavedCopyContext);
  return async () => {
    await persister?.removeClient();
  };
}
