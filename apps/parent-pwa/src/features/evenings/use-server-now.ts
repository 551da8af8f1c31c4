import { useNow } from '@edutrack/web-kit';

/**
 * The time as the server counts it: the device's clock corrected by how far it was from the server
 * when the evening was last read. A phone a minute slow still sees booking open at the school's
 * moment, not a minute late (the server decides anyway; this keeps the screen honest).
 */
export function useServerNow(serverNow: string, receivedAt: number, intervalMs: number): Date {
  const now = useNow(intervalMs);
  const offset = receivedAt ? Date.parse(serverNow) - receivedAt : 0;
  return new Date(now.getTime() + offset);
}
