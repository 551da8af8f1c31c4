import { createHash, randomBytes } from 'node:crypto';

/**
 * Session and email-link tokens: 256 random bits handed to the user, only their SHA-256 stored.
 * A fast hash is right here (unlike passwords): the input is random, not guessable.
 */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
