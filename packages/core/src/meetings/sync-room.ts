import { eq, sql } from 'drizzle-orm';
import { appointmentRooms, appointments } from '@edutrack/db';
import { meetingWindow } from '../time/meeting-window.ts';
import type { MeetingDeps } from './meeting-deps.ts';

export type RoomSyncOutcome = 'ready' | 'deleted' | 'skipped';

/**
 * Whether an appointment still needs its room: a live meeting (not cancelled, not ended for everyone)
 * whose window has not closed. A completed one keeps it: Daily calls a meeting ended when the last
 * person leaves, and a dropped call must be rejoinable.
 */
export function needsRoom(
  a: { status: string; endsAt: Date; startsAt: Date; endedAt: Date | null },
  now: Date,
): boolean {
  return (a.status === 'scheduled' || a.status === 'completed') && !a.endedAt && now < meetingWindow(a).closesAt;
}

/**
 * Makes the provider's room match the appointment as it is now (the job may run late, twice, or
 * after a crash): create it or move its window, or delete it once it is no longer needed.
 * The room's name is written before the provider is called, so a crash in between leaves a row the
 * reconcile sweep can match, never an orphan it cannot place.
 */
export async function syncRoom(deps: MeetingDeps, appointmentId: string): Promise<RoomSyncOutcome> {
  const [appointment] = await deps.db.select().from(appointments).where(eq(appointments.id, appointmentId));
  if (!appointment) return 'skipped';
  const [existing] = await deps.db
    .select()
    .from(appointmentRooms)
    .where(eq(appointmentRooms.appointmentId, appointmentId));
  const now = deps.clock.now();
  const name = existing?.name ?? deps.video.roomNameFor(appointmentId);

  if (!needsRoom(appointment, now)) {
    if (!existing || existing.status === 'deleted') return 'skipped';
    // Closed before its time (ended for everyone, cancelled): remove whoever is still in the call.
    // Daily's docs do not promise that deleting a room ejects its participants.
    if (now < meetingWindow(appointment).closesAt) await deps.video.endCall(name);
    await deps.video.deleteRoom(name);
    await deps.db
      .update(appointmentRooms)
      .set({ status: 'deleted', lastError: null, syncedAt: now, updatedAt: now })
      .where(eq(appointmentRooms.appointmentId, appointmentId));
    return 'deleted';
  }

  const window = meetingWindow(appointment);
  await deps.db
    .insert(appointmentRooms)
    .values({ appointmentId, name, nbf: window.opensAt, exp: window.closesAt, status: 'pending' })
    .onConflictDoUpdate({
      target: appointmentRooms.appointmentId,
      // A changed window is pending until the provider has it; an unchanged ready room stays ready.
      set: {
        status: sql`CASE WHEN ${appointmentRooms.status} = 'ready' AND ${appointmentRooms.nbf} = excluded.nbf AND ${appointmentRooms.exp} = excluded.exp THEN 'ready'::room_status ELSE 'pending'::room_status END`,
        nbf: window.opensAt,
        exp: window.closesAt,
        updatedAt: now,
      },
    });
  try {
    const [hosts] = await deps.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM appointment_teachers WHERE appointment_id = ${appointmentId}`,
    );
    const room = await deps.video.ensureRoom(name, window, hosts?.n ?? 1);
    await deps.db
      .update(appointmentRooms)
      .set({ url: room.url, status: 'ready', lastError: null, syncedAt: deps.clock.now(), updatedAt: deps.clock.now() })
      .where(eq(appointmentRooms.appointmentId, appointmentId));
    return 'ready';
  } catch (error) {
    await deps.db
      .update(appointmentRooms)
      .set({ status: 'failed', lastError: describeFailure(error), updatedAt: deps.clock.now() })
      .where(eq(appointmentRooms.appointmentId, appointmentId));
    throw error;
  }
}

/** For staff and logs: the kind of failure, never the provider's free text. */
function describeFailure(error: unknown): string {
  const e = error as { status?: number; type?: string; name?: string };
  return [e.name ?? 'Error', e.status, e.type].filter(Boolean).join(' ');
}
