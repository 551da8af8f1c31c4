import { useT } from '@edutrack/i18n/react';

/** Why an action is disabled while offline. Pair it with the control through aria-describedby. */
export function OfflineHint({ id, action }: { id?: string; action: string }) {
  const t = useT();
  return (
    <p id={id} className="hint">
      {t('common.offlineAction', { action })}
    </p>
  );
}
