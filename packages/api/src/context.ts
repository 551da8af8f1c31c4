import type { GuardianActor, MeetingDeps, StaffActor } from '@edutrack/core';

export type SessionKind = 'staff' | 'guardian';

/** The transport's cookie jar, so the api package stays free of Fastify. */
export interface SessionCookies {
  set(kind: SessionKind, token: string, expiresAt: Date): void;
  clear(kind: SessionKind): void;
  get(kind: SessionKind): string | undefined;
}

/** Built once per request by the server (`createContext` in apps/server/src/http/trpc-plugin.ts). */
export interface ApiContext {
  deps: MeetingDeps;
  staff: StaffActor | null;
  guardian: GuardianActor | null;
  /** The caller's address, for rate limits. */
  ip: string;
  cookies: SessionCookies;
}
