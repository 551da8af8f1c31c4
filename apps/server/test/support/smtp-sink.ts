import type { Server, Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** How the sink treats the next messages: like a healthy server, or one of the ways servers fail. */
type SinkMode =
  | { kind: 'accept' }
  | { kind: 'refuse'; code: number; message: string }
  | { kind: 'hang' }
  | { kind: 'drop-mid-message' };

export interface SmtpSink {
  port: number;
  url: string;
  /** Every message the sink accepted, parsed. */
  received: ParsedMail[];
  setMode(mode: SinkMode): void;
  /** Resolves when `count` messages have arrived in total. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server, from the nodemailer project) inside the test, with login, reading
 * each message fully and parsing it with mailparser, as a mail provider's server would receive it.
 */
export async function startSmtpSink(options: { port?: number } = {}): Promise<SmtpSink> {
  let mode: SinkMode = { kind: 'accept' };
  const received: ParsedMail[] = [];
  const sockets = new Set<Socket>();
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'meet' && auth.password === 'secret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const current = mode;
      if (current.kind === 'hang') {
        stream.resume(); // read and never answer
        return;
      }
      if (current.kind === 'drop-mid-message') {
        // The connection dies once part of the message is in: no reply, as with a crashed server.
        stream.once('data', () => {
          for (const socket of sockets) socket.destroy();
        });
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (current.kind === 'refuse') {
          const error = Object.assign(new Error(current.message), { responseCode: current.code });
          callback(error);
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push(mail);
          callback();
          for (const w of waiters.splice(0)) w();
        });
      });
      void session;
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  // Track sockets so a "dropped connection" can be cut from the server side.
  // (smtp-server keeps its net.Server on `server`, which its types leave out.)
  const netServer = (server as unknown as { server: Server }).server;
  netServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = (netServer.address() as { port: number }).port;
  return {
    port,
    url: `smtp://meet:secret@127.0.0.1:${port}`,
    received,
    setMode: (m) => (mode = m),
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
