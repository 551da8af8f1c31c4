import { deviceTimeZone, formatClock, type TimeStyle, zoneCity } from '@edutrack/i18n';

/**
 * A clock time in the branch's zone, naming the zone (and the device's own time) when the device is
 * set to a zone where that time reads differently: "14:00 London time (09:00 your time)".
 */
export function clockWithZone(instant: string | Date, style: TimeStyle, deviceZone = deviceTimeZone()): string {
  const branch = formatClock(instant, style);
  const device = formatClock(instant, { ...style, zone: deviceZone });
  return branch === device ? branch : `${branch} ${zoneCity(style.zone)} time (${device} your time)`;
}
