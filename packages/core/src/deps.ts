import type { Database } from '@edutrack/db';
import type { AttemptLimiter } from './auth/attempt-limiter.ts';
import type { PasswordHasher } from './auth/passwords.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import type { Mailer } from './mail/mailer.ts';

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
