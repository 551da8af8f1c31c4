/** Formatting of meeting times in a branch's zone, and the device's zone when it differs. */

function deviceTimeZone(): string {
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

/** "Europe/London" → "London": how people name a time zone. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
