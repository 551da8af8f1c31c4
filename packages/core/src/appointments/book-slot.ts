import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { availabilitySlots, branches, schools, staffUsers, students, type appointments } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueJobPerRow } from '../jobs/enqueue-job.ts';
import { roomSyncJob } from '../meetings/meeting-jobs.ts';
import { logQueuedEmail, outboxInsertFrom, outboxJobsFrom } from '../mail/mailer.ts';
import { reminderPlanJob } from '../reminders/reminder-jobs.ts';
import { retryingConflicts } from '../transaction.ts';
import { findVisibleAppointment } from './access.ts';
import { toAppointmentView, type AppointmentRow, type AppointmentView } from './appointment-view.ts';
import { explainConflict } from './conflicts.ts';
import { findByIdempotencyKey } from './lookups.ts';
import { meetingChangeEmails, noticeOf } from './notify.ts';

export interface BookSlotInput {
  slotId: string;
  studentId: string;
  topic?: string | null;
  idempotencyKey?: string;
}

/**
 * A slot a parent may book for a child: published by one of the child's teachers, still ahead.
 * One query answers all of it, and brings what the booking's view and email need.
 */
export async function loadBookableSlot(deps: CoreDeps, guardian: GuardianActor, slotId: string, studentId: string) {
  const [row] = await deps.db
    .select({
      slot: availabilitySlots,
      teacher: { id: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email },
      branch: { id: branches.id, name: branches.name, timeZone: branches.timeZone, locale: branches.locale },
      school: { id: schools.id, name: schools.name },
      student: sql<{
        id: string;
        name: string;
      } | null>`(SELECT json_build_object('id', ${students.id}, 'name', ${students.name}) FROM ${students} WHERE ${students.id} = ${studentId})`,
      isGuardian: sql<boolean>`EXISTS (SELECT 1 FROM guardian_students gs WHERE gs.guardian_id = ${guardian.id} AND gs.student_id = ${studentId})`,
      teaches: sql<boolean>`EXISTS (SELECT 1 FROM class_students cs JOIN class_teachers ct ON ct.class_id = cs.class_id
        WHERE ct.staff_id = ${availabilitySlots.teacherId} AND cs.student_id = ${studentId})`,
    })
    .from(availabilitySlots)
    .innerJoin(staffUsers, eq(staffUsers.id, availabilitySlots.teacherId))
    .innerJoin(branches, eq(branches.id, availabilitySlots.branchId))
    .innerJoin(schools, eq(schools.id, branches.schoolId))
    .where(eq(availabilitySlots.id, slotId));
  if (row && !row.isGuardian) throw notFound('child');
  if (!row || !row.teaches || !row.student) throw notFound('time slot');
  if (row.slot.startsAt <= deps.clock.now()) {
    throw new AppError('BAD_REQUEST', 'That time has already started or passed. Please pick a later time.');
  }
  return {
    ...row.slot,
    teacher: row.teacher,
    branch: row.branch,
    school: row.school,
    student: row.student,
    teacherName: row.teacher.displayName,
    timeZone: row.branch.timeZone,
  };
}

/**
 * A parent books an open slot of one of their child's teachers.
 *
 * Written as ONE statement, the hot path of a booking rush: it takes the booking locks (see
 * booking-locks.ts), inserts the appointment, queues its room job and writes the teacher's email,
 * atomically without BEGIN/COMMIT round trips. The id is chosen here, so the emails (links, calendar
 * UID) are written in the same statement. Everything the answer needs was loaded above.
 */
export async function bookSlot(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: BookSlotInput,
): Promise<AppointmentView> {
  const slot = await loadBookableSlot(deps, guardian, input.slotId, input.studentId);
  const draft = (id: string, createdAt: Date): AppointmentRow => ({
    appointment: {
      id,
      branchId: slot.branchId,
      teacherId: slot.teacherId,
      guardianId: guardian.id,
      studentId: slot.student.id,
      slotId: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status: 'scheduled',
      topic: input.topic ?? null,
      createdByKind: 'guardian',
      createdById: guardian.id,
      idempotencyKey: input.idempotencyKey ?? null,
      createdAt,
      updatedAt: createdAt,
      cancelledAt: null,
      cancelledByKind: null,
      cancelledById: null,
      cancelReason: null,
      endedAt: null,
      calendarSequence: 0,
    } satisfies typeof appointments.$inferSelect,
    branch: slot.branch,
    teacher: { id: slot.teacher.id, displayName: slot.teacher.displayName },
    guardian: { id: guardian.id, name: guardian.name, language: guardian.language },
    student: slot.student,
    emails: { teacher: slot.teacher.email, guardian: guardian.email },
    roomStatus: null,
    presence: null,
  });
  // Both sides' emails (the parent's is their confirmation), written in the same statement.
  const id = randomUUID();
  const emails = meetingChangeEmails(deps, 'scheduled', noticeOf(draft(id, deps.clock.now())), {
    schoolId: slot.school.id,
    school: slot.school.name,
    branch: slot.branch.name,
    locale: slot.branch.locale,
    timeZone: slot.branch.timeZone,
  });
  const [first, second] = [slot.teacherId, guardian.id].sort();
  try {
    const rows = await retryingConflicts(() =>
      deps.db.execute<{ id: string; created_at: string; mail_ids: string[] }>(sql`
        WITH locks AS (
          SELECT pg_advisory_xact_lock(hashtextextended(${first}, 0)), pg_advisory_xact_lock(hashtextextended(${second}, 0))
        ), ins AS (
          INSERT INTO appointments (id, branch_id, teacher_id, guardian_id, student_id, slot_id, starts_at, ends_at, topic, created_by_kind, created_by_id, idempotency_key)
          SELECT ${id}::uuid, ${slot.branchId}::uuid, ${slot.teacherId}::uuid, ${guardian.id}::uuid, ${slot.student.id}::uuid, ${slot.id}::uuid,
                 ${slot.startsAt.toISOString()}::timestamptz, ${slot.endsAt.toISOString()}::timestamptz, ${input.topic ?? null}::text,
                 'guardian'::actor_kind, ${guardian.id}::uuid, ${input.idempotencyKey ?? null}::text
          FROM locks
          -- A retried submit (same key) books nothing new; the earlier booking is returned below.
          ON CONFLICT (created_by_kind, created_by_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
          RETURNING id, created_at
        ), job AS (${enqueueJobPerRow(roomSyncJob, sql`ins`, { appointmentId: sql`id::text` })}),
        plan AS (${enqueueJobPerRow(reminderPlanJob, sql`ins`, { appointmentId: sql`id::text` })}),
        mail AS (${outboxInsertFrom(sql`ins`, emails)}),
        mail_jobs AS (${outboxJobsFrom(sql`mail`)})
        SELECT ins.id, ins.created_at, (SELECT array_agg(id) FROM mail) AS mail_ids,
          (SELECT count(*) FROM job) + (SELECT count(*) FROM plan) + (SELECT count(*) FROM mail_jobs) AS jobs FROM ins`),
    );
    const booked = rows[0];
    if (!booked) {
      const earlier = await findByIdempotencyKey(deps.db, guardian.id, input.idempotencyKey!);
      return toAppointmentView(await findVisibleAppointment(deps.db, guardian, earlier!.id), guardian, deps.clock);
    }
    emails.forEach((email, i) => logQueuedEmail(deps.log, booked.mail_ids[i] ?? '', email));
    return toAppointmentView(draft(booked.id, new Date(booked.created_at)), guardian, deps.clock);
  } catch (error) {
    throw await explainConflict(error, {
      db: deps.db,
      clock: deps.clock,
      viewer: 'guardian',
      teacherId: slot.teacherId,
      guardianId: guardian.id,
      teacherName: slot.teacherName,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      timeZone: slot.timeZone,
      offerSlots: true,
    });
  }
}
