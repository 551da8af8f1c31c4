import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { appointments, guardianStudents, type Executor } from '@edutrack/db';
import { adminBranchIds, type Actor } from '../actors.ts';
import type { Clock } from '../clock.ts';
import { notFound } from '../errors.ts';
import { selectAppointments, toAppointmentView, type AppointmentRow } from './appointment-view.ts';

/**
 * The appointments an actor may see, as a WHERE condition: a teacher their own, an admin their
 * branches', a parent those of their children. Every appointment read goes through this.
 */
export function appointmentScope(db: Executor, actor: Actor): SQL {
  if (actor.kind === 'staff') {
    return or(eq(appointments.teacherId, actor.id), inArray(appointments.branchId, adminBranchIds(actor)))!;
  }
  // A meeting's parent is always a parent of its child, so "my children's meetings" covers both; an
  // OR with guardian_id would stop PostgreSQL from using the (student_id, starts_at) index at all.
  return inArray(
    appointments.studentId,
    db
      .select({ id: guardianStudents.studentId })
      .from(guardianStudents)
      .where(eq(guardianStudents.guardianId, actor.id)),
  );
}

/** One appointment the actor may see, or NOT_FOUND (also for ids that exist but are someone else's). */
export async function findVisibleAppointment(
  db: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow> {
  // A joint meeting's co-teachers see it too (lists stay on the plain scope, which its index serves).
  const scope =
    actor.kind === 'staff'
      ? or(
          appointmentScope(db, actor),
          sql`EXISTS (SELECT 1 FROM appointment_teachers t WHERE t.appointment_id = ${appointments.id} AND t.teacher_id = ${actor.id})`,
        )
      : appointmentScope(db, actor);
  const query = selectAppointments(db, and(eq(appointments.id, id), scope));
  const [row] = options.forUpdate ? await query.for('update', { of: appointments }) : await query;
  if (!row) throw notFound('meeting');
  return row;
}

export async function getAppointment(deps: { db: Executor; clock: Clock }, actor: Actor, id: string) {
  return toAppointmentView(await findVisibleAppointment(deps.db, actor, id), actor, deps.clock);
}
