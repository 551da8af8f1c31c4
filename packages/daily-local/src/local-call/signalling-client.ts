import type { ClientMessage, ServerMessage } from '../emulator/signalling/protocol.ts';

type Request = Extract<ClientMessage, { ref: number }>;
export type Reply = Extract<ServerMessage, { type: 'ack' | 'pre-auth-result' }>;

const SERVER_MESSAGE_TYPES = new Set<string>([
  'pre-auth-result',
  'joined',
  'lobby',
  'waiting',
  'admitted',
  'denied',
  'rejected',
  'ejected',
  'participant-joined',
  'participant-updated',
  'participant-left',
  'waiting-added',
  'waiting-removed',
  'presence',
  'signal',
  'app-message',
  'ack',
  'protocol-error',
] satisfies ServerMessage['type'][]);

// The server is ours; a frame of an unknown type means a version mismatch, not an attack, and is skipped.
const isServerMessage = (value: unknown): value is ServerMessage =>
  typeof value === 'object' &&
  value !== null &&
  'type' in value &&
  typeof value.type === 'string' &&
  SERVER_MESSAGE_TYPES.has(value.type);

export interface SignallingHandlers {
  message(message: ServerMessage): void;
  /** The socket closed without us asking: the server is gone or ended the session. */
  closed(): void;
}

/** The browser's end of the signalling WebSocket: messages out, messages in, and request/ack pairs. */
export class SignallingClient {
  private nextRef = 1;
  private readonly pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  private closing = false;

  private constructor(
    private readonly socket: WebSocket,
    private readonly handlers: SignallingHandlers,
  ) {
    socket.addEventListener('message', (event) => this.onFrame(event.data));
    socket.addEventListener('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('the call server connection closed'));
      this.pending.clear();
      if (!this.closing) handlers.closed();
    });
  }

  static connect(url: string, handlers: SignallingHandlers): Promise<SignallingClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const fail = (): void => reject(new Error(`could not reach the call server at ${url}`));
      socket.addEventListener('error', fail, { once: true });
      socket.addEventListener('close', fail, { once: true });
      socket.addEventListener(
        'open',
        () => {
          socket.removeEventListener('error', fail);
          socket.removeEventListener('close', fail);
          resolve(new SignallingClient(socket, handlers));
        },
        { once: true },
      );
    });
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN && !this.closing;
  }

  send(message: ClientMessage): void {
    if (this.open) this.socket.send(JSON.stringify(message));
  }

  /** A message that the server answers with an `ack` (or a `pre-auth-result`) carrying the same ref. */
  request(build: (ref: number) => Request): Promise<Reply> {
    const ref = this.nextRef++;
    return new Promise((resolve, reject) => {
      if (!this.open) return reject(new Error('not connected to the call server'));
      this.pending.set(ref, { resolve, reject });
      this.send(build(ref));
    });
  }

  close(): void {
    if (this.closing) return;
    this.closing = true;
    this.socket.close(1000);
  }

  private onFrame(data: unknown): void {
    if (typeof data !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    if (!isServerMessage(parsed)) return;
    if (parsed.type === 'ack' || parsed.type === 'pre-auth-result') {
      const waiter = this.pending.get(parsed.ref);
      this.pending.delete(parsed.ref);
      waiter?.resolve(parsed);
      return;
    }
    this.handlers.message(parsed);
  }
}
