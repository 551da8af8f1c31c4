import { deviceTimeZone } from '@edutrack/web-kit';
import { formatMoment } from '../lib/format-times.ts';

/**
 * Says plainly that what is on screen is a saved copy, and from when: "You're offline — showing
 * your meetings as of 10:42". `reason` "unreachable" is a connection that is up but cannot reach us.
 */
export function OfflineBanner(props: { reason: 'offline' | 'unreachable'; asOf: Date | null; now: Date }) {
  const lead = props.reason === 'offline' ? "You're offline" : "We can't reach EduTrack Meet right now";
  const saved = props.asOf
    ? `showing your meetings as of ${formatMoment(props.asOf, deviceTimeZone(), props.now)}`
    : 'your meetings will appear when you are back online';
  return (
    <div role="status" className="banner offline-banner">
      <p>
        <strong>{lead}</strong> — {saved}. Booking, changes and video calls need a connection.
      </p>
    </div>
  );
}
