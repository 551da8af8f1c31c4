import { describeError } from '@edutrack/web-kit';

/** What to show when loading failed: the server's words and a way to try again. */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="problem" role="alert">
      <p>{describeError(error).message}</p>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
