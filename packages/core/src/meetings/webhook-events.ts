import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  appointmentRooms,
  appointments,
  dailyWebhookEvents,
  guardianStudents,
  meetingInvitations,
  meetingPresence,
  type Executor,
} from '@edutrack/db';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { dailyWebhookJob } from './meeting-jobs.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { settleAttendedMeeting } from './settle-meetings.ts';

/** The part of a Daily webhook event the server acts on (already verified and parsed by the route). */
export type MeetingEvent =
  | { type: 'participant.joined' | 'waiting-participant.joined'; payload: PresencePayload }
  | { type: 'participant.left' | 'waiting-participant.left'; payload: PresencePayload & { duration: number } }
  | { type: 'meeting.started'; payload: { room: string; start_ts: number } }
  | { type: 'meeting.ended'; payload: { room: string; end_ts: number } };

interface PresencePayload {
  room: string;
  session_id: string;
  user_id?: string | null;
  user_name?: string | null;
  joined_at: number;
}

/**
 * Stores a verified event once (Daily may deliver it again) and queues its processing in the same
 * transaction, so the webhook can be answered at once. Returns false for a repeat delivery.
 */
export async function recordWebhookEvent(
  db: Executor,
  event: { id: string; type: string; payload: unknown },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(dailyWebhookEvents)
      .values({ id: event.id, type: event.type, payload: event.payload })
      .onConflictDoNothing()
      .returning({ id: dailyWebhookEvents.id });
    if (!inserted) return false;
    await enqueueJob(tx, dailyWebhookJob, { eventId: event.id });
    return true;
  });
}

/**
 * Applies one event to attendance. Idempotent and order-tolerant: a "left" that arrives before its
 * "joined" creates the row with both times; a late "joined" never reopens it.
 */
export async function applyMeetingEvent(deps: MeetingDeps, event: MeetingEvent): Promise<'applied' | 'skipped'> {
  const [room] = await deps.db.select().from(appointmentRooms).where(eq(appointmentRooms.name, event.payload.room));
  if (!room) return 'skipped';
  const appointmentId = room.appointmentId;

  if (event.type === 'meeting.started') {
    await deps.db
      .update(appointmentRooms)
      .set({ meetingStartedAt: new Date(event.payload.start_ts * 1000) })
      .where(eq(appointmentRooms.appointmentId, appointmentId));
    return 'applied';
  }
  if (event.type === 'meeting.ended') {
    const endedAt = new Date(event.payload.end_ts * 1000);
    await deps.db
      .update(appointmentRooms)
      .set({ meetingEndedAt: endedAt })
      .where(eq(appointmentRooms.appointmentId, appointmentId));
    // Whoever is still marked present left when the meeting ended (their own "left" may be lost).
    await deps.db
      .update(meetingPresence)
      .set({
        leftAt: endedAt,
        durationSeconds: sql`greatest(0, extract(epoch from ${endedAt.toISOString()}::timestamptz - ${meetingPresence.joinedAt}))::int`,
      })
      .where(and(eq(meetingPresence.appointmentId, appointmentId), isNull(meetingPresence.leftAt)));
    await settleAttendedMeeting(deps, appointmentId);
    return 'applied';
  }

  const kind = event.type.startsWith('waiting') ? 'waiting' : 'participant';
  const p = event.payload;
  const joinedAt = new Date(p.joined_at * 1000);
  const role = await roleOf(deps.db, appointmentId, p.user_id);
  const left =
    'duration' in p
      ? { leftAt: new Date(joinedAt.getTime() + p.duration * 1000), durationSeconds: Math.round(p.duration) }
      : {};
  await deps.db
    .insert(meetingPresence)
    .values({
      appointmentId,
      kind,
      sessionId: p.session_id,
      role: role.role,
      userId: role.userId,
      userName: p.user_name ?? null,
      joinedAt,
      confirmedByDaily: true,
      ...left,
    })
    .onConflictDoUpdate({
      target: [meetingPresence.kind, meetingPresence.sessionId],
      set: {
        // Daily's word replaces the parent app's claim; a "left" is never undone by a late "joined".
        role: role.role,
        userId: role.userId,
        joinedAt,
        confirmedByDaily: true,
        ...(p.user_name ? { userName: p.user_name } : {}),
        ...left,
      },
    });
  return 'applied';
}

/**
 * Who a session is, from the token's user_id: the appointment's teacher, a parent of the child, a
 * parent's invitee, or a guest. An id that matches neither (or none at all: a tokenless knocker) is a guest.
 */
export async function roleOf(db: Executor, appointmentId: string, userId: string | null | undefined) {
  const guest = { role: 'guest' as const, userId: null };
  if (!userId || !/^[0-9a-f-]{36}$/i.test(userId)) return guest;
  const [a] = await db
    .select({ teacherId: appointments.teacherId, studentId: appointments.studentId })
    .from(appointments)
    .where(eq(appointments.id, appointmentId));
  if (!a) return guest;
  if (a.teacherId === userId) return { role: 'teacher' as const, userId };
  const [parent] = await db
    .select({ id: guardianStudents.guardianId })
    .from(guardianStudents)
    .where(and(eq(guardianStudents.studentId, a.studentId), eq(guardianStudents.guardianId, userId)));
  if (parent) return { role: 'guardian' as const, userId };
  // A parent's invitee joins with their invitation's id (withdrawn later or not, that is who they were).
  const [invitation] = await db
    .select({ id: meetingInvitations.id })
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.id, userId), eq(meetingInvitations.appointmentId, appointmentId)));
  return invitation ? { role: 'invitee' as const, userId } : guest;
}
