import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { TRPCProvider } from '@edutrack/web-kit';
import { NoticeProvider } from '../../../src/layout/notice.tsx';
import { fakeApiClient, type Handlers } from './fake-api.ts';

/** Renders `ui` as the app would: query cache, typed API (answered by `handlers`), router at `path`. */
export function renderWithApi(ui: ReactNode, options: { handlers?: Handlers; path?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const api = fakeApiClient(options.handlers ?? {});
  const location = memoryLocation({ path: options.path ?? '/', record: true });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={api.client} queryClient={queryClient}>
        <Router hook={location.hook}>
          <NoticeProvider>{ui}</NoticeProvider>
        </Router>
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient, calls: api.calls, history: location.history };
}
