import { useT } from '@edutrack/i18n/react';
import { describeError } from '@edutrack/web-kit';

/** A failed call, in words a parent can act on, announced to screen readers as it appears. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="message error">
      <p>{describeError(error).message}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
