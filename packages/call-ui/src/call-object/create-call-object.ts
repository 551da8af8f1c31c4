import DailyIframe from '@daily-co/daily-js';
import { createLocalCallObject, localSignallingUrl } from '@edutrack/daily-local/local-call';
import type { CallObject } from './call-object.ts';

/**
 * daily-js loads its call engine from Daily's CDN and, unless told otherwise, runs it with `Function()`,
 * which our CSP (no eval permitted) blocks: preAuth and join would fail. `avoidEval` makes it load the
 * engine as a `<script src>` instead (read in @daily-co/daily-js 0.92.2 dist/daily-esm.js: the loader
 * picks the script-tag path only when `dailyConfig.avoidEval` is set; Daily's CSP guide, in its section
 * on avoiding the eval requirement, says the same). The CSP is apps/server/src/http/content-security-policy.ts.
 */
export const DAILY_CONFIG = { avoidEval: true } as const;

/**
 * The call object a join ticket asks for: the local stand-in (WebRTC between the browsers, the
 * server's emulator signalling on this page's own origin) when the server runs without Daily,
 * daily-js's call object otherwise. Both apps use this one rule (decision 007).
 */
export function createCallObjectFor(
  ticket: { mode: 'daily' | 'local'; signallingUrl?: string | null },
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): CallObject {
  if (ticket.mode === 'daily') return DailyIframe.createCallObject({ dailyConfig: DAILY_CONFIG });
  return createLocalCallObject({ signallingUrl: ticket.signallingUrl ?? localSignallingUrl(location) });
}
