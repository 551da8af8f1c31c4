import type { Knocker } from './waiting-room-panel.tsx';

/**
 * The newest knock, shown over the call until dismissed or answered (no timer: a person may need
 * longer). The region is assertive, so a screen reader says it at once.
 */
export function KnockToast({ knocker, onDismiss }: { knocker: Knocker | null; onDismiss: () => void }) {
  return (
    <div className="etm-toast-region" aria-live="assertive" aria-atomic="true">
      {knocker ? (
        <div className="etm-toast">
          <p>
            <strong>{knocker.identity.name}</strong> is knocking. {knocker.identity.label}.
          </p>
          <p className="etm-hint">Admit or deny them in the waiting room.</p>
          <button type="button" className="etm-button etm-button--small" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
