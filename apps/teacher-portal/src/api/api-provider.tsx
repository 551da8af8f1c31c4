import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createApiClient, createQueryClient, TRPCProvider } from '@edutrack/web-kit';

/**
 * The portal's words are English (docs/decisions/016-languages.md), so it asks for English refusals
 * whatever the browser's languages, and a page never mixes two languages.
 */
const PORTAL_LANGUAGE = 'en';

/** The tRPC client and query cache for the whole portal (same origin, so the session cookie goes along). */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createApiClient({ language: () => PORTAL_LANGUAGE }));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
