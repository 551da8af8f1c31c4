import { onlineManager } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/api/api-provider.tsx';
import { createPersistOptions } from '../../src/api/cache-persistence.ts';
import { createParentQueryClient } from '../../src/api/query-client.ts';
import { RequireParent } from '../../src/session/require-parent.tsx';
import { fakeApiClient } from './support/fake-api.ts';

function savedCopy(savedAt: number) {
  const query = (path: string[], data: unknown) => ({
    queryKey: [path, { type: 'query' }],
    queryHash: JSON.stringify([path, { type: 'query' }]),
    dehydratedAt: savedAt,
    state: {
      data,
      dataUpdateCount: 1,
      dataUpdatedAt: savedAt,
      error: null,
      errorUpdateCount: 0,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchMeta: null,
      isInvalidated: false,
      status: 'success',
      fetchStatus: 'idle',
    },
  });
  return JSON.stringify({
    buster: '1',
    timestamp: savedAt,
    clientState: {
      mutations: [],
      queries: [
        query(['auth', 'me'], { staff: null, guardian: { id: 'g1', name: 'Li Chen', email: 'li.chen@example.com' } }),
      ],
    },
  });
}

describe('opening the app without a connection', () => {
  it('restores the signed-in parent from the copy saved on the device', async () => {
    localStorage.setItem('edutrack-parent-cache', savedCopy(Date.now() - 3 * 24 * 60 * 60 * 1000));
    onlineManager.setOnline(false);
    const api = fakeApiClient({});
    render(
      <ApiProvider
        queryClient={createParentQueryClient()}
        trpcClient={api.client}
        persistOptions={createPersistOptions(localStorage)}
      >
        <RequireParent>
          <p>Signed in</p>
        </RequireParent>
      </ApiProvider>,
    );
    expect(await screen.findByText('Signed in')).toBeTruthy();
    // …and keeps it: the restored cache is not garbage-collected moments later.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText('Signed in')).toBeTruthy();
    // Nothing was fetched: the app opened from the saved copy alone.
    expect(api.calls).toEqual([]);
  });
});
