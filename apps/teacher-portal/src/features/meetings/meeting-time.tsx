import { deviceTimeZone, formatMeetingSpan } from '@edutrack/i18n';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

/** The meeting's time in the branch's zone, and in this device's zone when that reads differently. */
export function MeetingTime({ startsAt, endsAt, zone }: { startsAt: string; endsAt: string; zone: string }) {
  const style = useTimeStyle(zone);
  const deviceZone = deviceTimeZone();
  const atBranch = formatMeetingSpan(startsAt, endsAt, style);
  const onDevice = formatMeetingSpan(startsAt, endsAt, { ...style, zone: deviceZone });
  return (
    <p className="meeting-time">
      <time dateTime={startsAt}>{atBranch}</time>
      {onDevice !== atBranch && (
        <span className="muted">
          {' '}
          ({zone}) · {onDevice} on this device ({deviceZone})
        </span>
      )}
    </p>
  );
}
