import { useT } from '@edutrack/i18n/react';

/** "Loading your meetings…", or offline "…will load when you are back online". */
export function QueryStatusText({ what, offline = false }: { what: string; offline?: boolean }) {
  const t = useT();
  return <>{t(offline ? 'common.offlineWillLoad' : 'common.loadingWhat', { what })}</>;
}
