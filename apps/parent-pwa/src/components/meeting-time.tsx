import { formatMeetingTime, zoneCity } from '@edutrack/web-kit';

/**
 * A meeting's time in the school's zone, and in the device's zone as well when that reads
 * differently (a parent travelling, or living across a border).
 */
export function MeetingTime({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const text = formatMeetingTime(startsAt, endsAt, timeZone);
  return (
    <p className="meeting-time">
      <span className="when">{text.branch}</span>
      {text.device && (
        <>
          {' '}
          <span className="zone">({zoneCity(text.branchZone)} time)</span>
          <br />
          <span className="device-time">
            Your time: {text.device} <span className="zone">({zoneCity(text.deviceZone)})</span>
          </span>
        </>
      )}
    </p>
  );
}
