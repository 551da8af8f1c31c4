import pg from 'pg';

/** One advisory-lock key for "this database's in-process Daily emulator" (any fixed bigint does). */
const EMULATOR_LOCK_KEY = 'edutrack-meet:in-process-daily-emulator';

export class EmulatorAlreadyRunningError extends Error {
  constructor() {
    super(
      'Another EduTrack Meet server is already running its built-in Daily emulator against this database. ' +
        'Its rooms live in that server’s memory, so a teacher and a parent reaching different servers would ' +
        'land in different rooms. Run a single server, set DAILY_API_KEY for real Daily, or point every ' +
        'server at one `pnpm daily:emulator` with DAILY_API_URL and DAILY_API_KEY.',
    );
    this.name = 'EmulatorAlreadyRunningError';
  }
}

/**
 * Claims the database for this process's in-process emulator with a session-level PostgreSQL advisory
 * lock held on a connection of its own: PostgreSQL drops it when the process stops or dies, so a
 * crashed server never blocks the next start. A second claimant is refused at once.
 */
export async function claimInProcessEmulator(databaseUrl: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A lost connection means the lock is gone; the server keeps running (the claim only guards start-up).
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ claimed: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS claimed', [
      EMULATOR_LOCK_KEY,
    ]);
    if (!rows[0]?.claimed) throw new EmulatorAlreadyRunningError();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return { release: () => client.end().catch(() => undefined) };
}
