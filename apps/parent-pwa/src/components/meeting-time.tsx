import { deviceTimeZone, formatMeetingSpan, zoneCity } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useTimeStyle } from '../i18n/use-time-style.ts';

/**
 * A meeting's time in the school's zone, and in the device's zone as well when that reads
 * differently (a parent travelling, or living across a border).
 */
export function MeetingTime(props: {
  startsAt: string;
  endsAt: string;
  branch: { timeZone: string; locale?: string };
}) {
  const t = useT();
  const school = useTimeStyle(props.branch);
  const device = { ...school, zone: deviceTimeZone() };
  const atSchool = formatMeetingSpan(props.startsAt, props.endsAt, school);
  const onDevice = formatMeetingSpan(props.startsAt, props.endsAt, device);
  return (
    <p className="meeting-time">
      <span className="when">{atSchool}</span>
      {onDevice !== atSchool && (
        <>
          {' '}
          <span className="zone">{t('common.zoneTime', { city: zoneCity(school.zone) })}</span>
          <br />
          <span className="device-time">{t('common.yourTime', { time: onDevice, city: zoneCity(device.zone) })}</span>
        </>
      )}
    </p>
  );
}
