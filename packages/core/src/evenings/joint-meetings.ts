import { eq, sql } from 'drizzle-orm';
import { eveningJointMeetings } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import type { JointMeeting } from './evening-types.ts';
import { listJointMeetings } from './evening-views.ts';
import { loadEveningForAdmin } from './load-evening.ts';
import { uuidArray } from './sql-arrays.ts';

/** An admin pairs 2-3 of the evening's teachers as one meeting; the first is the lead (its slots). */
export async function addJointMeeting(
  deps: CoreDeps,
  staff: StaffActor,
  input: { eveningId: string; name: string; teacherIds: string[] },
): Promise<JointMeeting> {
  await loadEveningForAdmin(deps.db, staff, input.eveningId);
  if (new Set(input.teacherIds).size !== input.teacherIds.length) {
    throw new AppError('BAD_REQUEST', 'Choose 2 or 3 different teachers.');
  }
  const [taking] = await deps.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM evening_teachers
    WHERE evening_id = ${input.eveningId} AND teacher_id = ANY(${uuidArray(input.teacherIds)})`);
  if (taking?.n !== input.teacherIds.length) {
    throw new AppError(
      'BAD_REQUEST',
      'Every teacher of a joint meeting has to take part in the evening. Add them first.',
    );
  }
  const [row] = await deps.db
    .insert(eveningJointMeetings)
    .values({ eveningId: input.eveningId, name: input.name, teacherIds: input.teacherIds })
    .returning();
  return (await listJointMeetings(deps, input.eveningId)).find((j) => j.id === row!.id)!;
}

/** Removes a joint meeting that nobody has booked yet. */
export async function removeJointMeeting(
  deps: CoreDeps,
  staff: StaffActor,
  jointMeetingId: string,
): Promise<{ ok: true }> {
  const [joint] = await deps.db.select().from(eveningJointMeetings).where(eq(eveningJointMeetings.id, jointMeetingId));
  if (!joint) throw notFound('jointMeeting');
  await loadEveningForAdmin(deps.db, staff, joint.eveningId);
  const [booked] = await deps.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM evening_slots
    WHERE hold_joint_id = ${jointMeetingId} AND hold_kind = 'booked'`);
  if (booked && booked.n > 0) {
    throw new AppError('CONFLICT', `${booked.n} families have booked this joint meeting. Cancel their meetings first.`);
  }
  await deps.db.delete(eveningJointMeetings).where(eq(eveningJointMeetings.id, jointMeetingId));
  return { ok: true };
}
