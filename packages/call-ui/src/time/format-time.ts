/** "17:40" in the device's zone (or the one given): the call screens show times next to a countdown. */
export function formatClockTime(instant: Date | string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(instant),
  );
}
