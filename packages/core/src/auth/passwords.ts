import { hash, verify } from '@node-rs/argon2';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/**
 * argon2id (the library's default algorithm, written out here because `Algorithm` is a const enum)
 * with its OWASP-level default cost; the PHC string carries its own parameters for verifying.
 */
const ARGON2ID = 2;

export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: ARGON2ID }),
  verify: (passwordHash, password) => verify(passwordHash, password).catch(() => false),
};

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
