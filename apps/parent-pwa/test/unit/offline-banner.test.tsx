import { onlineManager } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfflineBanner } from '../../src/components/offline-banner.tsx';
import { ConnectionBanner } from '../../src/layout/connection-banner.tsx';
import { UPCOMING } from '../../src/api/use-meetings.ts';
import { meeting } from './support/fixtures.ts';
import { renderWithApi } from './support/render-with-api.tsx';

describe('the offline banner', () => {
  it('says the device is offline and how old the shown meetings are', () => {
    const now = new Date(2030, 0, 15, 12, 0);
    render(<OfflineBanner reason="offline" asOf={new Date(2030, 0, 15, 10, 42)} now={now} />);
    expect(screen.getByRole('status').textContent).toMatch(/^You're offline — showing your meetings as of 10:42\./);
  });

  it('gives the day when the saved copy is from an earlier day', () => {
    render(<OfflineBanner reason="offline" asOf={new Date(2030, 0, 13, 10, 42)} now={new Date(2030, 0, 15, 12, 0)} />);
    expect(screen.getByRole('status').textContent).toMatch(/as of .*13.*10:42\./);
  });

  it('appears when the connection drops, over the saved meetings, and goes when it is back', async () => {
    const { queryClient } = renderWithApi(<ConnectionBanner />, {
      handlers: { 'parent.appointments.list': () => ({ items: [meeting()], nextCursor: null }) },
    });
    const key = [['parent', 'appointments', 'list'], { input: UPCOMING, type: 'query' }];
    await waitFor(() => expect(queryClient.getQueryState(key)?.status).toBe('success'));
    expect(screen.queryByRole('status')).toBeNull();

    const savedAt = new Date(2030, 0, 15, 10, 42).getTime();
    act(() => {
      queryClient.setQueryData(key, { items: [meeting()], nextCursor: null }, { updatedAt: savedAt });
      onlineManager.setOnline(false);
    });
    expect(screen.getByRole('status').textContent).toContain("You're offline — showing your meetings as of");
    expect(screen.getByRole('status').textContent).toContain('10:42');

    act(() => onlineManager.setOnline(true));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
