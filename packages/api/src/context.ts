import type { GuardianActor, MeetingDeps, StaffActor } from '@edutrack/core';
import type { CatalogLocale } from '@edutrack/i18n';

export type SessionKind = 'staff' | 'guardian';

/** The transport's cookie jar, so the api package stays free of Fastify. */
export interface SessionCookies {
  set(kind: SessionKind, token: string, expiresAt: Date): void;
  clear(kind: SessionKind): void;
  get(kind: SessionKind): string | undefined;
}

/**
 * Who is signed in on this request, looked up when a procedure first asks (once per request): a
 * parent's booking checks the session inside its own statement instead, one round trip in all.
 */
interface SignedIn {
  staff(): Promise<StaffActor | null>;
  guardian(): Promise<GuardianActor | null>;
  /** The parent's session token as the cookie carries it, if any. */
  guardianToken?: string;
}

/** Built once per request by the server (`createContext` in apps/server/src/http/trpc-plugin.ts). */
export interface ApiContext {
  deps: MeetingDeps;
  signedIn: SignedIn;
  /** The caller's address, for rate limits. */
  ip: string;
  cookies: SessionCookies;
  /** The language the asking app reads (its Accept-Language): refusals are written in it. */
  language: CatalogLocale;
}
