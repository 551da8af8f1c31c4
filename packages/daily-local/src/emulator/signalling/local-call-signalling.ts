import fastifyWebsocket from '@fastify/websocket';
import type { FastifyPluginAsync } from 'fastify';
import type { CallRegistry } from '../call-registry.ts';
import { LOCAL_CALL_SIGNALLING_PATH } from './protocol.ts';
import { SignallingHub } from './signalling-hub.ts';

export interface LocalCallSignallingOptions {
  /** The emulator's call registry (`emulator.calls`): it admits, ejects and sends the webhooks. */
  calls: CallRegistry;
  /** Default `/local-call/signal`. */
  path?: string;
  /**
   * Page origins allowed to open the socket; unset allows any. The protocol carries no cookies (a
   * meeting token is the only credential), so this only narrows who may knock on a room by name.
   */
  allowedOrigins?: readonly string[];
}

// One hub per registry: the emulator's own app and the main server may both mount the plugin,
// and two browsers must reach each other whichever of the two they connected to.
const hubs = new WeakMap<CallRegistry, SignallingHub>();
const hubFor = (calls: CallRegistry): SignallingHub => {
  const existing = hubs.get(calls);
  if (existing !== undefined) return existing;
  const hub = new SignallingHub(calls);
  hubs.set(calls, hub);
  return hub;
};

/** Signalling for the local call stand-in (`@edutrack/daily-local/local-call`), as a Fastify plugin. */
export const localCallSignalling: FastifyPluginAsync<LocalCallSignallingOptions> = async (app, options) => {
  // @fastify/websocket listens to the server's upgrade event; registering it twice would route every upgrade twice.
  if (!app.hasDecorator('websocketServer'))
    await app.register(fastifyWebsocket, { options: { maxPayload: 512 * 1024 } });
  const hub = hubFor(options.calls);
  const allowed = options.allowedOrigins === undefined ? undefined : new Set(options.allowedOrigins);

  app.get(options.path ?? LOCAL_CALL_SIGNALLING_PATH, { websocket: true }, (socket, request) => {
    const origin = request.headers.origin;
    if (allowed !== undefined && (origin === undefined || !allowed.has(origin))) {
      socket.close(1008, 'origin not allowed');
      return;
    }
    const connection = hub.open({
      send: (frame) => {
        if (socket.readyState === socket.OPEN) socket.send(frame);
      },
      close: () => socket.close(1000),
    });
    socket.on('message', (data, isBinary) => {
      if (!isBinary)
        void connection.receive(new TextDecoder().decode(Array.isArray(data) ? Buffer.concat(data) : data));
    });
    socket.on('close', () => void connection.closed());
  });
};
