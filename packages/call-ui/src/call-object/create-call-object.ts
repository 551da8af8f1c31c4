import DailyIframe from '@daily-co/daily-js';
import { createLocalCallObject, localSignallingUrl } from '@edutrack/daily-local/local-call';
import type { CallObject } from './call-object.ts';

/**
 * The call object a join ticket asks for: the local stand-in (WebRTC between the browsers, the
 * server's emulator signalling on this page's own origin) when the server runs without Daily,
 * daily-js's call object otherwise. Both apps use this one rule (decision 007).
 */
export function createCallObjectFor(
  ticket: { mode: 'daily' | 'local'; signallingUrl?: string | null },
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): CallObject {
  if (ticket.mode === 'daily') return DailyIframe.createCallObject();
  return createLocalCallObject({ signallingUrl: ticket.signallingUrl ?? localSignallingUrl(location) });
}
