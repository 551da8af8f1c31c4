import { AppError } from './errors.ts';
import { said } from './error-messages/say.ts';

interface PostgresError {
  code?: string;
  constraint_name?: string;
}

/** drizzle wraps driver errors in `cause`; postgres.js puts the SQLSTATE on the error itself. */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as PostgresError).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e;
  }
  return undefined;
}

export function violatedConstraint(error: unknown): string | undefined {
  const pg = postgresErrorOf(error);
  return pg && (pg.code === '23P01' || pg.code === '23505') ? pg.constraint_name : undefined;
}

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * The database went away mid-request (restart, failover, network): the caller may simply retry.
 * SQLSTATE class 08 is connection exceptions; 57P01-57P03 are admin shutdown / crash / cannot connect now.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (CONNECTION_ERRORS.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code)) return true;
  }
  return false;
}

export const databaseUnavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', said('errors.databaseUnavailable'), { retryAfterSeconds: 2 });
