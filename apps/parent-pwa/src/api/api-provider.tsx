import type { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider, type PersistQueryClientProviderProps } from '@tanstack/react-query-persist-client';
import type { ReactNode } from 'react';
import { TRPCProvider, type createApiClient } from '@edutrack/web-kit';

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The query cache (restored from the device first, then kept there) and the typed API client.
 * Tests pass their own clients.
 */
export function ApiProvider(props: {
  queryClient: QueryClient;
  trpcClient: ApiClient;
  persistOptions: PersistQueryClientProviderProps['persistOptions'];
  children: ReactNode;
}) {
  return (
    <PersistQueryClientProvider client={props.queryClient} persistOptions={props.persistOptions}>
      <TRPCProvider trpcClient={props.trpcClient} queryClient={props.queryClient}>
        {props.children}
      </TRPCProvider>
    </PersistQueryClientProvider>
  );
}
