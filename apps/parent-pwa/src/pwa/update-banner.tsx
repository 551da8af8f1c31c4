import { useT } from '@edutrack/i18n/react';

/** A new version of the app has been downloaded and is waiting; one tap switches to it. */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <div role="status" className="banner update-banner">
      <p>{t('update.ready')}</p>
      <button type="button" className="button secondary" onClick={onReload}>
        {t('common.reload')}
      </button>
    </div>
  );
}
