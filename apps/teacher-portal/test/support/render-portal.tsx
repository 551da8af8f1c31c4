import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ApiProvider } from '../../src/api/api-provider.tsx';
import type { StaffMe } from '../../src/api/types.ts';
import { ToastProvider } from '../../src/components/toast/toast-provider.tsx';
import { WorkspaceProvider } from '../../src/workspace/workspace-context.tsx';
import type { FakeApi } from './fake-api.ts';

/**
 * Renders part of the portal as the app does (real tRPC client and query cache, toasts, router),
 * with the fake API behind fetch and, when `me` is given, a signed-in workspace.
 */
export function renderPortal(ui: ReactNode, options: { api: FakeApi; me?: StaffMe; path?: string }) {
  vi.stubGlobal('fetch', options.api.fetch);
  const [pathname = '/', search = ''] = (options.path ?? '/').split('?');
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  const view = render(
    <ApiProvider>
      <ToastProvider>
        <Router hook={location.hook} searchHook={location.searchHook}>
          {options.me ? <WorkspaceProvider me={options.me}>{ui}</WorkspaceProvider> : ui}
        </Router>
      </ToastProvider>
    </ApiProvider>,
  );
  return { ...view, location };
}
