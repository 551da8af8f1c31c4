import { and, eq } from 'drizzle-orm';
import { pushSubscriptions } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { hashOpaqueToken } from '../auth/opaque-token.ts';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';

export interface SubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** The key the parent app subscribes with; null when the server has no VAPID keys (push is off). */
export function pushPublicKey(deps: MeetingDeps): string | null {
  return deps.pushSender?.publicKey ?? null;
}

/**
 * Stores this device's subscription under the parent's session on it, so signing out removes it.
 * The same endpoint again (a re-subscribe, or another parent on a shared phone) replaces the row.
 */
export async function savePushSubscription(
  deps: MeetingDeps,
  guardian: GuardianActor,
  sessionToken: string,
  input: SubscriptionInput,
): Promise<void> {
  const values = {
    guardianId: guardian.id,
    sessionId: hashOpaqueToken(sessionToken),
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
  };
  await deps.db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
}

/** Turns notifications off on this device (only the caller's own subscription). */
export async function removePushSubscription(
  deps: MeetingDeps,
  guardian: GuardianActor,
  endpoint: string,
): Promise<void> {
  await deps.db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.guardianId, guardian.id)));
}
