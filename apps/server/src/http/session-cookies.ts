import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookies, SessionKind } from '@edutrack/api';

/** Separate cookies, so a device signed in to both apps keeps both sessions apart. */
export const SESSION_COOKIE: Record<SessionKind, string> = { staff: 'etm_staff', guardian: 'etm_parent' };

export function sessionCookies(req: FastifyRequest, reply: FastifyReply, secure: boolean): SessionCookies {
  const base = { path: '/', httpOnly: true, secure, sameSite: 'lax' as const };
  return {
    get: (kind) => req.cookies[SESSION_COOKIE[kind]],
    set: (kind, token, expiresAt) => void reply.setCookie(SESSION_COOKIE[kind], token, { ...base, expires: expiresAt }),
    clear: (kind) => void reply.clearCookie(SESSION_COOKIE[kind], base),
  };
}
