import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { fileURLToPath } from 'node:url';
import { benchEnv, childEnv } from '../env.ts';

const serverDir = fileURLToPath(new URL('../../../../apps/server/', import.meta.url));

export interface ServerChild {
  url: string;
  /** Peak resident memory of the server process so far (Linux VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A mail server that accepts and discards everything: production mode needs SMTP_URL, and delivering
 * the mail a booking writes is part of the server's real work.
 */
async function startMailSink(): Promise<{ url: string; close(): void }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, close: () => server.close() };
}

/** The real server (apps/server/src/main.ts) in its own process, so its memory is its own. */
export async function startServerChild(env: Record<string, string>): Promise<ServerChild> {
  const port = await freePort();
  const mail = await startMailSink();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: childEnv({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      SMTP_URL: mail.url,
      // Production refuses to run without Daily unless a trial on the stand-in is asked for.
      ...(env.DAILY_API_KEY ? {} : { VIDEO_BACKEND: 'local' }),
      ...(benchEnv.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: benchEnv.BENCH_SERVER_NODE_OPTIONS } : {}),
      ...env,
    }),
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    child.stdout.on('data', () => output.includes('Press Ctrl+C to stop.') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${output}`))));
  });
  return {
    url: `http://localhost:${port}`,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => (mail.close(), resolve()));
        child.kill('SIGTERM');
      }),
  };
}
