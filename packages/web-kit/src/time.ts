/** Formatting of meeting times in a branch's zone, and the device's zone when it differs. */

export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const dayFormat = (zone: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
const timeFormat = (zone: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });

export interface MeetingTimeText {
  /** e.g. "Tue 24 Nov, 17:00–17:10" in the branch's zone */
  branch: string;
  /** The same in the device's zone, only when that reads differently. */
  device: string | null;
  branchZone: string;
  deviceZone: string;
}

export function formatMeetingTime(
  startsAt: string | Date,
  endsAt: string | Date,
  branchZone: string,
  options: { deviceZone?: string; locale?: string } = {},
): MeetingTimeText {
  const deviceZone = options.deviceZone ?? deviceTimeZone();
  const render = (zone: string) =>
    `${dayFormat(zone, options.locale).format(new Date(startsAt))}, ${timeFormat(zone, options.locale).format(new Date(startsAt))}–${timeFormat(zone, options.locale).format(new Date(endsAt))}`;
  const branch = render(branchZone);
  const device = render(deviceZone);
  return { branch, device: device === branch ? null : device, branchZone, deviceZone };
}

export function formatTime(instant: string | Date, zone: string, locale?: string): string {
  return timeFormat(zone, locale).format(new Date(instant));
}

/** "YYYY-MM-DD" of an instant in a zone (for date inputs and day grouping). */
export function calendarDateIn(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(
    instant,
  );
}

/** "Europe/London" → "London": how people name a time zone. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/**
 * A clock time in the branch's zone, naming the zone (and the device's own time) when the device is
 * set to a zone where that time reads differently: "14:00 London time (09:00 your time)".
 */
export function formatTimeWithZone(
  instant: string | Date,
  branchZone: string,
  options: { deviceZone?: string; locale?: string } = {},
): string {
  const deviceZone = options.deviceZone ?? deviceTimeZone();
  const branch = formatTime(instant, branchZone, options.locale);
  const device = formatTime(instant, deviceZone, options.locale);
  return branch === device ? branch : `${branch} ${zoneCity(branchZone)} time (${device} your time)`;
}
