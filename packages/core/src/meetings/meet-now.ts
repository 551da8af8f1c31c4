import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { scheduleMeeting } from '../appointments/schedule-meeting.ts';
import type { AppointmentView } from '../appointments/appointment-view.ts';

export const MEET_NOW_MINUTES = [10, 15, 20, 30] as const;

/**
 * "Meet now": the teacher calls a parent of one of their students without a booked time (the parent
 * rang the office; a follow-up after the evening). It is an ordinary meeting starting this minute:
 * the same authorization, no-double-booking and room sync job as any scheduled meeting. The parent
 * hears at once by email and push, worded as a call to join now, then knocks as usual.
 */
export async function meetNow(
  deps: CoreDeps,
  staff: StaffActor,
  input: { studentId: string; guardianId: string; minutes: number; topic?: string | null; idempotencyKey?: string },
): Promise<AppointmentView> {
  const startsAt = deps.clock.now();
  return scheduleMeeting(deps, staff, {
    guardianId: input.guardianId,
    studentId: input.studentId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + input.minutes * 60_000),
    topic: input.topic ?? null,
    idempotencyKey: input.idempotencyKey,
    notice: 'now',
  });
}
