import type { appointments } from '@edutrack/db';
import { isAdminOf, type Actor } from '../actors.ts';
import { meetingWindow } from '../time/meeting-window.ts';

type Appointment = typeof appointments.$inferSelect;

export interface Permissions {
  cancel: boolean;
  reschedule: boolean;
  /** Undo "End meeting for everyone" (staff only, until the room would have closed anyway). */
  reopen: boolean;
}

/**
 * What the viewer may still change. Staff (the teacher, or a branch admin) may change a meeting until
 * it ends. Parents may cancel their own meetings before they start, and move the ones they booked.
 */
export function permissionsFor(actor: Actor, a: Appointment, now: Date): Permissions {
  const mine = actor.kind === 'staff' && (a.teacherId === actor.id || isAdminOf(actor, a.branchId));
  const reopen = mine && a.endedAt !== null && a.status !== 'cancelled' && now < meetingWindow(a).closesAt;
  if (a.status !== 'scheduled' || a.endedAt) return { cancel: false, reschedule: false, reopen };
  if (actor.kind === 'staff') {
    const open = now < a.endsAt;
    return { cancel: mine && open, reschedule: mine && open, reopen };
  }
  const before = now < a.startsAt;
  const own = a.guardianId === actor.id;
  const bookedByMe = a.createdByKind === 'guardian' && a.createdById === actor.id;
  return { cancel: own && before, reschedule: bookedByMe && before, reopen };
}
