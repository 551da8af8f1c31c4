import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceWorkerUpdates } from '../../src/pwa/service-worker-updates.tsx';
import { registration } from './support/pwa-register-stub.ts';

afterEach(() => {
  registration.needRefresh = false;
  registration.updateServiceWorker.mockClear();
});

describe('a new version of the app', () => {
  it('shows nothing while the running version is the newest', () => {
    render(<ServiceWorkerUpdates />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('is offered once downloaded, and one tap switches to it', async () => {
    registration.needRefresh = true;
    render(<ServiceWorkerUpdates />);
    expect(screen.getByRole('status').textContent).toContain('A new version is ready.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
  });
});
