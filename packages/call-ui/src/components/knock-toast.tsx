import { useT } from '@edutrack/i18n/react';
import type { Knocker } from './waiting-room-panel.tsx';

/**
 * The newest knock, shown over the call until dismissed or answered (no timer: a person may need
 * longer). The region is assertive, so a screen reader says it at once.
 */
export function KnockToast({ knocker, onDismiss }: { knocker: Knocker | null; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="etm-toast-region" aria-live="assertive" aria-atomic="true">
      {knocker ? (
        <div className="etm-toast">
          <p>{t('call.knock.toast', { name: knocker.identity.name, label: knocker.identity.label })}</p>
          <p className="etm-hint">{t('call.knock.hint')}</p>
          <button type="button" className="etm-button etm-button--small" onClick={onDismiss}>
            {t('call.knock.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
