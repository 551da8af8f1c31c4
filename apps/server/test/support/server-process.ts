import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const serverDir = join(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The real entry point (src/main.ts, or src/worker-main.ts) in a process of its own, as `pnpm start` runs it but without the
 * tsx wrapper process, so a SIGKILL hits the server itself. Resolves once it prints its banner.
 */
export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  port: number,
  entry = 'src/main.ts',
  /** How long to wait for the banner; more when several processes start at once on a busy machine. */
  startTimeoutMs = 90_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: serverDir,
    env: { ...env, PORT: String(port), NODE_ENV: 'development' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), startTimeoutMs);
    child.stdout.on('data', () => output.includes('Press Ctrl+C to stop.') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${output}`))));
  });
  return {
    child,
    url: `http://localhost:${port}`,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.on('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
