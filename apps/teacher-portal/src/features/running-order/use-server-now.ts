import { useNow } from '@edutrack/web-kit';

/**
 * The server's time, ticking: the cut-offs are the server's, so the timer follows its clock (read with
 * each answer) rather than the device's, which may be a minute off.
 */
export function useServerNow(serverNow: string | undefined, answeredAt: number): Date {
  const deviceNow = useNow(1_000);
  if (!serverNow) return deviceNow;
  const offset = new Date(serverNow).getTime() - answeredAt;
  return new Date(deviceNow.getTime() + offset);
}
