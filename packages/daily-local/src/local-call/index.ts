/**
 * `@edutrack/daily-local/local-call`: the browser half of the local Daily stand-in. No Node imports and no
 * daily-js at runtime (its types only), so the apps can bundle it without the emulator or fastify.
 */
import type { DailyCall } from '@daily-co/daily-js';
import { LOCAL_CALL_SIGNALLING_PATH } from '../emulator/signalling/protocol.ts';
import { LocalCallObject, type LocalCallObjectOptions } from './local-call-object.ts';

export { LocalCallObject, type LocalCallObjectOptions } from './local-call-object.ts';
export { LOCAL_CALL_SIGNALLING_PATH } from '../emulator/signalling/protocol.ts';

/**
 * A call object for `<DailyProvider callObject={…}>` when the server runs the local emulator (join
 * ticket `mode: 'local'`), in place of `DailyIframe.createCallObject()`.
 *
 * Typed as daily-js's DailyCall because that is what DailyProvider and the apps hold. It implements
 * the part of DailyCall that daily-react and our apps use (docs/decisions/007); the rest of daily-js's
 * methods (recording, streaming, dial-out, …) are absent. One cast, here, instead of one per app.
 */
export function createLocalCallObject(options: LocalCallObjectOptions): DailyCall {
  const call = new LocalCallObject(options);
  return call as unknown as DailyCall;
}

/** The signalling URL on the page's own origin: `ws(s)://<host>/local-call/signal`. */
export function localSignallingUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LOCAL_CALL_SIGNALLING_PATH}`;
}
