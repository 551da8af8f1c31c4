import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { appointmentRooms, appointments } from '@edutrack/db';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { roomSyncJob } from './meeting-jobs.ts';
import { JOIN_OPENS_BEFORE_START_MS, ROOM_CLOSES_AFTER_END_MS } from '../time/meeting-window.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { recordAttendanceFromProvider } from './attendance-from-provider.ts';
import { settleClosedMeetings } from './settle-meetings.ts';
import { needsRoom } from './sync-room.ts';

export interface ReconcileReport {
  /** Appointments whose room sync was queued again. */
  resynced: number;
  /** Rooms at the provider that belonged to no live appointment, deleted. */
  orphansDeleted: number;
  completed: number;
  noShow: number;
}

/**
 * The periodic sweep that repairs both directions, so nothing depends on a job or a webhook having
 * arrived: every live appointment gets a ready room with the right window, and every room of ours
 * the provider has without a live appointment is deleted (the client paces deletes within Daily's limits).
 */
export async function reconcileRooms(deps: MeetingDeps): Promise<ReconcileReport> {
  const now = deps.clock.now();
  const resync = new Set<string>();

  // Database side: live meetings whose room is missing, not ready, or has a stale window;
  // finished or cancelled ones whose room was not deleted yet.
  const stillOpen = new Date(now.getTime() - ROOM_CLOSES_AFTER_END_MS).toISOString();
  const drifted = await deps.db
    .select({ id: appointments.id })
    .from(appointments)
    .leftJoin(appointmentRooms, eq(appointmentRooms.appointmentId, appointments.id))
    .where(
      sql`(${appointments.status} IN ('scheduled', 'completed') AND ${appointments.endedAt} IS NULL AND ${appointments.endsAt} > ${stillOpen}::timestamptz
            AND (${appointmentRooms.appointmentId} IS NULL OR ${appointmentRooms.status} <> 'ready'
                 OR ${appointmentRooms.nbf} <> ${appointments.startsAt} - make_interval(secs => ${JOIN_OPENS_BEFORE_START_MS / 1000})
                 OR ${appointmentRooms.exp} <> ${appointments.endsAt} + make_interval(secs => ${ROOM_CLOSES_AFTER_END_MS / 1000})))
          OR (${appointmentRooms.status} IS NOT NULL AND ${appointmentRooms.status} <> 'deleted'
              AND NOT (${appointments.status} IN ('scheduled', 'completed') AND ${appointments.endedAt} IS NULL AND ${appointments.endsAt} > ${stillOpen}::timestamptz))`,
    );
  for (const { id } of drifted) resync.add(id);

  // Provider side: every room of ours must belong to a live appointment; a ready room must exist.
  const provided = (await deps.video.listRooms()).filter((r) => deps.video.isOurRoom(r.name));
  const names = provided.map((r) => r.name);
  const owners = names.length
    ? await deps.db
        .select({ name: appointmentRooms.name, appointment: appointments })
        .from(appointmentRooms)
        .innerJoin(appointments, eq(appointments.id, appointmentRooms.appointmentId))
        .where(inArray(appointmentRooms.name, names))
    : [];
  const ownerByName = new Map(owners.map((o) => [o.name, o.appointment]));
  let orphansDeleted = 0;
  for (const { name } of provided) {
    const owner = ownerByName.get(name);
    if (owner && needsRoom(owner, now)) continue;
    await deps.video.deleteRoom(name);
    if (owner)
      await deps.db
        .update(appointmentRooms)
        .set({ status: 'deleted', syncedAt: now })
        .where(eq(appointmentRooms.name, name));
    orphansDeleted++;
  }
  const present = new Set(names);
  const readyButMissing = await deps.db
    .select({ id: appointmentRooms.appointmentId, name: appointmentRooms.name, appointment: appointments })
    .from(appointmentRooms)
    .innerJoin(appointments, eq(appointments.id, appointmentRooms.appointmentId))
    .where(
      and(
        eq(appointmentRooms.status, 'ready'),
        ne(appointments.status, 'cancelled'),
        sql`${appointments.endsAt} > ${stillOpen}::timestamptz`,
      ),
    );
  for (const row of readyButMissing) if (!present.has(row.name) && needsRoom(row.appointment, now)) resync.add(row.id);

  for (const id of resync) await enqueueJob(deps.db, roomSyncJob, { appointmentId: id });
  // Attendance from the provider's record first, so settling never depends on webhooks having come.
  await recordAttendanceFromProvider(deps);
  const settled = await settleClosedMeetings(deps);
  return { resynced: resync.size, orphansDeleted, ...settled };
}
