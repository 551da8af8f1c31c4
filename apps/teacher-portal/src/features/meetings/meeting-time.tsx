import { formatMeetingTime } from '@edutrack/web-kit';

/** The meeting's time in the branch's zone, and in this device's zone when that reads differently. */
export function MeetingTime({ startsAt, endsAt, zone }: { startsAt: string; endsAt: string; zone: string }) {
  const text = formatMeetingTime(startsAt, endsAt, zone);
  return (
    <p className="meeting-time">
      <time dateTime={startsAt}>{text.branch}</time>
      {text.device && (
        <span className="muted">
          {' '}
          ({text.branchZone}) · {text.device} on this device ({text.deviceZone})
        </span>
      )}
    </p>
  );
}
