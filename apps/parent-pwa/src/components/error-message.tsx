import { useT } from '@edutrack/i18n/react';
import { describeError } from '@edutrack/web-kit';

/**
 * A failed call, in words a parent can act on, announced to screen readers as it appears. A failure to
 * reach the server is worded here, in the parent's language; the server words its own refusals.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const shown = describeError(error);
  return (
    <div role="alert" className="message error">
      <p>{shown.code === 'NETWORK' ? t('common.networkError') : shown.message}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
