import type { DailyCall } from '@daily-co/daily-js';

/**
 * The call object the screens drive: daily-js's `createCallObject()` with real Daily, or the local
 * stand-in (`@edutrack/daily-local/local-call`) with the emulator. Both implement the surface in
 * docs/decisions/007-call-object-contract.md; the type is daily-js's because daily-react wants it.
 */
export type CallObject = DailyCall;

/** Creates the call object for this page. The app decides which kind (see decision 007). */
export type CallObjectFactory = () => CallObject;
