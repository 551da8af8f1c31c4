import { useT } from '@edutrack/i18n/react';

/** A screen that could not be fetched: say so and offer a reload (see ChunkErrorBoundary). */
export function ChunkFailed() {
  const t = useT();
  return (
    <div role="alert" className="message error">
      <p>{t('common.chunkFailed')}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </div>
  );
}
