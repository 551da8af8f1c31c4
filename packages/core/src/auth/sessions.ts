import { and, eq, gt, sql } from 'drizzle-orm';
import { guardians, sessions, staffRoles, staffUsers, type Executor } from '@edutrack/db';
import type { GuardianActor, StaffActor, StaffMembership } from '../actors.ts';
import type { Clock } from '../clock.ts';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.ts';

export type SessionKind = 'staff' | 'guardian';

const DAY = 86_400_000;
/** Staff use shared school machines: a week idle signs them out. Parents stay signed in on their phone. */
export const SESSION_TTL_MS: Record<SessionKind, number> = { staff: 7 * DAY, guardian: 90 * DAY };

export async function createSession(
  db: Executor,
  clock: Clock,
  kind: SessionKind,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newOpaqueToken();
  const expiresAt = new Date(clock.now().getTime() + SESSION_TTL_MS[kind]);
  await db.insert(sessions).values({
    id: hash,
    userKind: kind,
    staffId: kind === 'staff' ? userId : null,
    guardianId: kind === 'guardian' ? userId : null,
    expiresAt,
  });
  return { token, expiresAt };
}

/** Deletes the session; a later request with the same cookie is anonymous. */
export async function revokeSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashOpaqueToken(token)));
}

export async function revokeAllSessionsOfStaff(db: Executor, staffId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.staffId, staffId));
}

/** Sliding expiry: a session used in the second half of its life is extended by a full term. */
async function touch(db: Executor, clock: Clock, id: string, kind: SessionKind, expiresAt: Date) {
  const now = clock.now().getTime();
  if (expiresAt.getTime() - now < SESSION_TTL_MS[kind] / 2) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(now + SESSION_TTL_MS[kind]) })
      .where(eq(sessions.id, id));
  }
}

/** A signed-in session's person, and when the session ends. */
export interface LoadedSession<A> {
  actor: A;
  expiresAt: Date;
}

/** Every staff request starts here, so the session, the person and their roles come in one query. */
export async function loadStaffSession(
  db: Executor,
  clock: Clock,
  token: string,
): Promise<LoadedSession<StaffActor> | null> {
  const id = hashOpaqueToken(token);
  const [row] = await db
    .select({
      session: sessions,
      staff: staffUsers,
      memberships: sql<
        StaffMembership[]
      >`coalesce((SELECT json_agg(json_build_object('branchId', r.branch_id, 'role', r.role))
        FROM ${staffRoles} r WHERE r.staff_id = ${staffUsers.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.staffId))
    .where(and(eq(sessions.id, id), eq(sessions.userKind, 'staff'), gt(sessions.expiresAt, clock.now())));
  if (!row) return null;
  await touch(db, clock, id, 'staff', row.session.expiresAt);
  return { actor: staffActorOf(row.staff, row.memberships), expiresAt: row.session.expiresAt };
}

export async function loadGuardianSession(
  db: Executor,
  clock: Clock,
  token: string,
): Promise<LoadedSession<GuardianActor> | null> {
  const id = hashOpaqueToken(token);
  const [row] = await db
    .select({ session: sessions, guardian: guardians })
    .from(sessions)
    .innerJoin(guardians, eq(guardians.id, sessions.guardianId))
    .where(and(eq(sessions.id, id), eq(sessions.userKind, 'guardian'), gt(sessions.expiresAt, clock.now())));
  if (!row) return null;
  await touch(db, clock, id, 'guardian', row.session.expiresAt);
  const { guardian } = row;
  return {
    actor: {
      kind: 'guardian',
      id: guardian.id,
      email: guardian.email,
      name: guardian.name,
      language: guardian.language,
    },
    expiresAt: row.session.expiresAt,
  };
}

export async function staffForSession(db: Executor, clock: Clock, token: string): Promise<StaffActor | null> {
  return (await loadStaffSession(db, clock, token))?.actor ?? null;
}

export async function guardianForSession(db: Executor, clock: Clock, token: string): Promise<GuardianActor | null> {
  return (await loadGuardianSession(db, clock, token))?.actor ?? null;
}

export async function loadStaffActor(db: Executor, staff: typeof staffUsers.$inferSelect): Promise<StaffActor> {
  const memberships = await db
    .select({ branchId: staffRoles.branchId, role: staffRoles.role })
    .from(staffRoles)
    .where(eq(staffRoles.staffId, staff.id));
  return staffActorOf(staff, memberships);
}

function staffActorOf(staff: typeof staffUsers.$inferSelect, memberships: StaffMembership[]): StaffActor {
  return {
    kind: 'staff',
    id: staff.id,
    email: staff.email,
    name: staff.name,
    displayName: staff.displayName,
    memberships,
  };
}
