import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DailyEmulatorError } from './daily-emulator-error.ts';

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Daily's answers: 400 for a missing or garbled header, 401 for a wrong key. */
export const authHook =
  (apiKey: string) =>
  async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const match = /^Bearer ([^\s]+)$/.exec(request.headers.authorization ?? '');
    if (match?.[1] === undefined) {
      throw new DailyEmulatorError(
        400,
        'authorization-header-error',
        'Authorization header missing or not "Bearer <API key>"',
      );
    }
    if (!sameSecret(match[1], apiKey)) throw new DailyEmulatorError(401, 'authentication-error', 'invalid API key');
  };
