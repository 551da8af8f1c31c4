import { useT } from '@edutrack/i18n/react';
import { describeError } from '@edutrack/web-kit';

/**
 * A failed call, in words a parent can act on, announced to screen readers as it appears. A failure to
 * reach the server is worded here, in the parent's language; the server words its own refusals.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const wordsFor = useErrorWords();
  return (
    <div role="alert" className="message error">
      <p>{wordsFor(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}

/** A failed call's words for a parent: the server's own refusal, or "We couldn't reach…" in their language. */
export function useErrorWords(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    const shown = describeError(error);
    return shown.code === 'NETWORK' ? t('common.networkError') : shown.message;
  };
}
