import type { appointments } from '@edutrack/db';
import { isAdminOf, type Actor } from '../actors.ts';

type Appointment = typeof appointments.$inferSelect;

/**
 * What the viewer may still change. Staff (the teacher, or a branch admin) may change a meeting until
 * it ends. Parents may cancel their own meetings before they start, and move the ones they booked.
 */
export function permissionsFor(actor: Actor, a: Appointment, now: Date): { cancel: boolean; reschedule: boolean } {
  if (a.status !== 'scheduled') return { cancel: false, reschedule: false };
  if (actor.kind === 'staff') {
    const mine = a.teacherId === actor.id || isAdminOf(actor, a.branchId);
    const open = now < a.endsAt;
    return { cancel: mine && open, reschedule: mine && open };
  }
  const before = now < a.startsAt;
  const own = a.guardianId === actor.id;
  const bookedByMe = a.createdByKind === 'guardian' && a.createdById === actor.id;
  return { cancel: own && before, reschedule: bookedByMe && before };
}
