import type { Database } from '@edutrack/db';
import { createAttemptLimiter, type AttemptLimiter } from './auth/attempt-limiter.ts';
import { argon2Passwords, type PasswordHasher } from './auth/passwords.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import { createOutboxMailer, type Mailer } from './mail/mailer.ts';

/** What the domain services need from the outside world; the server wires the real ones. */
export interface CoreDeps {
  db: Database;
  clock: Clock;
  mailer: Mailer;
  log: Logger;
  passwords: PasswordHasher;
  limiter: AttemptLimiter;
  /** Where people reach the apps, e.g. https://meet.school.example (links in emails). */
  publicUrl: string;
}

/** The real dependencies over a database: the outbox mailer, argon2id, the Postgres attempt limiter. */
export function createCoreDeps(parts: { db: Database; clock: Clock; log: Logger; publicUrl: string }): CoreDeps {
  return {
    db: parts.db,
    clock: parts.clock,
    log: parts.log,
    publicUrl: parts.publicUrl,
    mailer: createOutboxMailer(parts.log),
    passwords: argon2Passwords,
    limiter: createAttemptLimiter(parts.db),
  };
}
