import { describeError, useNow } from '@edutrack/web-kit';
import { useUpcomingMeetings } from '../api/use-meetings.ts';
import { OfflineBanner } from '../components/offline-banner.tsx';
import { useOnline } from '../hooks/use-online.ts';

/** Shows the offline banner when the device is offline or the last refresh could not reach us. */
export function ConnectionBanner() {
  const online = useOnline();
  const meetings = useUpcomingMeetings();
  const now = useNow(60_000);
  const unreachable = meetings.isError && describeError(meetings.error).code === 'NETWORK';
  if (online && !unreachable) return null;
  const asOf = meetings.dataUpdatedAt ? new Date(meetings.dataUpdatedAt) : null;
  return <OfflineBanner reason={online ? 'unreachable' : 'offline'} asOf={asOf} now={now} />;
}
