import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@edutrack/api';

/** `TRPCProvider` and `useTRPC()` for both apps (the @trpc/tanstack-react-query integration). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The server refuses batches larger than this (apps/server/src/http/trpc-plugin.ts). */
const MAX_BATCH_SIZE = 10;

/**
 * The API lives on the same origin as both apps, so cookies go along and no CORS is involved.
 * Sign-in and link requests go one per request: the server refuses them inside a batch.
 * `language` is what the app shows at the moment of each request: the server writes its refusals in
 * it (Accept-Language), which may differ from the browser's own languages.
 */
export function createApiClient({ language }: { language: () => string }) {
  const options = {
    url: '/trpc',
    fetch: (url: URL | RequestInfo, init?: RequestInit) => fetch(url, { ...init, credentials: 'same-origin' }),
    headers: () => ({ 'accept-language': language() }),
  };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'mutation' && op.path.startsWith('auth.'),
        true: httpLink(options),
        false: httpBatchLink({ ...options, maxItems: MAX_BATCH_SIZE }),
      }),
    ],
  });
}

/**
 * Query defaults: retry only what may succeed on retry (network trouble, 5xx), never a 4xx such as
 * NOT_FOUND or CONFLICT; API data is never served from cache as if fresh when the user comes back.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) => failures < 3 && isRetryable(error),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status === undefined || status >= 500;
}
