import { deviceTimeZone } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useTimeStyle } from '../i18n/use-time-style.ts';
import { formatMoment } from '../lib/format-times.ts';

/**
 * Says plainly that what is on screen is a saved copy, and from when: "You're offline — showing
 * your meetings as of 10:42". `reason` "unreachable" is a connection that is up but cannot reach us.
 */
export function OfflineBanner(props: { reason: 'offline' | 'unreachable'; asOf: Date | null; now: Date }) {
  const t = useT();
  const style = useTimeStyle({ timeZone: deviceTimeZone() });
  const lead = t('common.offlineLead', { reason: props.reason });
  const saved = props.asOf
    ? t('common.offlineSaved', { time: formatMoment(props.asOf, style, props.now) })
    : t('common.offlineNothingSaved');
  return (
    <div role="status" className="banner offline-banner">
      <p>
        <strong>{lead}</strong> — {saved} {t('common.offlineNeeds')}
      </p>
    </div>
  );
}
