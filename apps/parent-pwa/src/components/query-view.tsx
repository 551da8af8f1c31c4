import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message.tsx';
import { QueryStatusText } from './query-status-text.tsx';

/**
 * The three ways a screen's data can be missing (loading, offline with nothing saved, failed),
 * worded the same everywhere; renders `children` once there is data.
 */
export function QueryView<T, E>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T, E>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.fetchStatus === 'paused') {
    return (
      <p role="status" className="message">
        <QueryStatusText offline what={what} />
      </p>
    );
  }
  return (
    <p role="status" className="message loading">
      <QueryStatusText what={what} />
    </p>
  );
}
