import { randomUUID } from 'node:crypto';
import { eq, sql, type SQL } from 'drizzle-orm';
import { availabilitySlots, branches, schools, staffUsers, students, type appointments } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { hashOpaqueToken } from '../auth/opaque-token.ts';
import { loadGuardianSession } from '../auth/sessions.ts';
import { violatedConstraint } from '../db-errors.ts';
import { nearestOpenSlotsJson } from '../availability/open-slots.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound, parentSessionEnded } from '../errors.ts';
import { enqueueJobPerRow } from '../jobs/enqueue-job.ts';
import { roomSyncJob } from '../meetings/meeting-jobs.ts';
import { reminderPlanJob } from '../reminders/reminder-jobs.ts';
import { retryingConflicts } from '../transaction.ts';
import { getAppointment } from './access.ts';
import { toAppointmentView, type AppointmentRow, type AppointmentView } from './appointment-view.ts';
import { bookingNoticeJob } from './booking-notice.ts';
import { describeConflict, explainConflict } from './conflicts.ts';
import { moment, said } from '../error-messages/say.ts';

export interface BookSlotInput {
  slotId: string;
  studentId: string;
  topic?: string | null;
  idempotencyKey?: string;
}

/** The parent is one of the child's: the only parents who may book for them. */
const isGuardianOf = (guardianId: SQL, studentId: SQL) =>
  sql`EXISTS (SELECT 1 FROM guardian_students gs WHERE gs.guardian_id = ${guardianId} AND gs.student_id = ${studentId})`;

/** The slot's teacher teaches the child: parents book only their own children's teachers. */
const teaches = (teacherId: SQL, studentId: SQL) =>
  sql`EXISTS (SELECT 1 FROM class_students cs JOIN class_teachers ct ON ct.class_id = cs.class_id
    WHERE ct.staff_id = ${teacherId} AND cs.student_id = ${studentId})`;

const slotAlreadyStarted = () => new AppError('BAD_REQUEST', said('errors.booking.slotPassed'));

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
      handoverMinutes: branches.callHandoverMinutes,
      school: { id: schools.id, name: schools.name },
      student: sql<{
        id: string;
        name: string;
      } | null>`(SELECT json_build_object('id', ${students.id}, 'name', ${students.name}) FROM ${students} WHERE ${students.id} = ${studentId})`,
      isGuardian: sql<boolean>`${isGuardianOf(sql`${guardian.id}::uuid`, sql`${studentId}::uuid`)}`,
      teaches: sql<boolean>`${teaches(sql`${availabilitySlots.teacherId}`, sql`${studentId}::uuid`)}`,
    })
    .from(availabilitySlots)
    .innerJoin(staffUsers, eq(staffUsers.id, availabilitySlots.teacherId))
    .innerJoin(branches, eq(branches.id, availabilitySlots.branchId))
    .innerJoin(schools, eq(schools.id, branches.schoolId))
    .where(eq(availabilitySlots.id, slotId));
  if (row && !row.isGuardian) throw notFound('child');
  if (!row || !row.teaches || !row.student) throw notFound('timeSlot');
  if (row.slot.startsAt <= deps.clock.now()) throw slotAlreadyStarted();
  return {
    ...row.slot,
    teacher: row.teacher,
    branch: row.branch,
    handoverMinutes: row.handoverMinutes,
    school: row.school,
    student: row.student,
    teacherName: row.teacher.displayName,
    timeZone: row.branch.timeZone,
  };
}

/** Who books: a session to check inside the booking's statement, or a parent already known. */
export type BookingParent = { sessionToken: string } | GuardianActor;

type BookingRow = {
  me: { id: string; email: string; language: string | null } | null;
  slot: {
    id: string;
    branchId: string;
    teacherId: string;
    startsAt: string;
    endsAt: string;
    teacherName: string;
    branchName: string;
    timeZone: string;
    locale: string;
    handoverMinutes: number;
    guardianName: string | null;
    studentId: string | null;
    studentName: string | null;
    isGuardian: boolean;
    teaches: boolean;
  } | null;
  id: string | null;
  createdAt: string | null;
  /** Only when nothing was inserted: what the statement's snapshot shows in the way. */
  conflict: {
    earlierId: string | null;
    slotTaken: boolean;
    teacherClash: { startsAt: string; endsAt: string } | null;
    guardianClash: { startsAt: string; endsAt: string } | null;
    alternatives: { slotId: string; startsAt: string; endsAt: string }[] | null;
  } | null;
};

/**
 * A parent books an open slot of one of their child's teachers, in ONE statement: the hot path of a
 * booking rush, one round trip (docs/decisions/009-performance.md). It checks the session, loads
 * and checks the slot, takes the booking locks (booking-locks.ts), inserts the appointment and
 * queues its room job, reminders and booking notice (the two emails, written by the worker: they
 * need names and times this statement only learns as it runs); and when something is in the way,
 * says what and offers the nearest free slots, from the same snapshot.
 *
 * That snapshot is taken before the locks: a booking that won the slot while this one waited for
 * its lock is visible to the constraints (they check the latest rows) but not to the explanation.
 * Then nothing explains the refusal, and the statement runs once more, with a fresh snapshot.
 */
export async function bookSlot(deps: CoreDeps, parent: BookingParent, input: BookSlotInput): Promise<AppointmentView> {
  const now = deps.clock.now();
  for (let attempt = 1; ; attempt++) {
    const id = randomUUID();
    let row: BookingRow | undefined;
    try {
      [row] = await retryingConflicts(() => deps.db.execute<BookingRow>(bookingStatement(parent, input, id, now)));
    } catch (error) {
      throw violatedConstraint(error) ? await explainRaisedConflict(deps, parent, input, error) : error;
    }
    const { me, slot } = row!;
    if (!me) throw parentSessionEnded();
    if (slot && !slot.isGuardian) throw notFound('child');
    if (!slot || !slot.teaches || !slot.studentId) throw notFound('timeSlot');
    if (new Date(slot.startsAt) <= now) throw slotAlreadyStarted();
    const guardian = { id: me.id, name: slot.guardianName ?? '', language: me.language };
    if (row!.id) {
      deps.log.info({ appointmentId: row!.id }, 'booking notice queued');
      return toAppointmentView(
        bookedRow(slot, guardian, input, row!.id, new Date(row!.createdAt!)),
        { kind: 'guardian', id: me.id, email: me.email, name: guardian.name, language: me.language },
        deps.clock,
      );
    }
    const viewer: GuardianActor = {
      kind: 'guardian',
      id: me.id,
      email: me.email,
      name: guardian.name,
      language: me.language,
    };
    const conflict = row!.conflict!;
    if (conflict.earlierId) return getAppointment(deps, viewer, conflict.earlierId);
    const constraint = conflict.slotTaken
      ? 'appointments_active_slot_key'
      : conflict.teacherClash
        ? 'appointments_teacher_no_overlap'
        : conflict.guardianClash
          ? 'appointments_guardian_no_overlap'
          : undefined;
    if (constraint || attempt >= 3) {
      const clash = conflict.teacherClash ?? conflict.guardianClash;
      const refusal = describeConflict(constraint ?? 'appointments_active_slot_key', {
        viewer: 'guardian',
        teacherName: slot.teacherName,
        offerSlots: true,
        alternatives: (conflict.alternatives ?? []).map((a) => ({
          slotId: a.slotId,
          startsAt: new Date(a.startsAt).toISOString(),
          endsAt: new Date(a.endsAt).toISOString(),
        })),
        clash: clash && moment(new Date(clash.startsAt), slot, 'span', new Date(clash.endsAt)),
      })!;
      throw refusal;
    }
  }
}

/**
 * A constraint the statement's ON CONFLICT cannot absorb: a joint evening meeting's co-teacher rows
 * are written by a trigger (migration of decision 014), so their clash is raised. Rare: explained
 * the long way, with the slot loaded again.
 */
async function explainRaisedConflict(deps: CoreDeps, parent: BookingParent, input: BookSlotInput, error: unknown) {
  const guardian =
    'sessionToken' in parent ? (await loadGuardianSession(deps.db, deps.clock, parent.sessionToken))?.actor : parent;
  if (!guardian) return parentSessionEnded();
  const slot = await loadBookableSlot(deps, guardian, input.slotId, input.studentId);
  return explainConflict(error, {
    db: deps.db,
    clock: deps.clock,
    viewer: 'guardian',
    teacherId: slot.teacherId,
    guardianId: guardian.id,
    teacherName: slot.teacherName,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    school: slot.branch,
    offerSlots: true,
  });
}

function bookingStatement(parent: BookingParent, input: BookSlotInput, id: string, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const me =
    'sessionToken' in parent
      ? sql`SELECT g.id, g.email, g.language FROM sessions s JOIN guardians g ON g.id = s.guardian_id
          WHERE s.id = ${hashOpaqueToken(parent.sessionToken)} AND s.user_kind = 'guardian' AND s.expires_at > ${at}`
      : sql`SELECT id, email, language FROM guardians WHERE id = ${parent.id}::uuid`;
  const studentId = sql`${input.studentId}::uuid`;
  const key = input.idempotencyKey ?? null;
  return sql`
    WITH me AS (${me}),
    slot AS (
      SELECT sl.id, sl.branch_id AS "branchId", sl.teacher_id AS "teacherId", sl.starts_at AS "startsAt", sl.ends_at AS "endsAt",
        t.display_name AS "teacherName", b.name AS "branchName", b.time_zone AS "timeZone", b.locale,
        b.call_handover_minutes AS "handoverMinutes",
        (SELECT sg.name FROM school_guardians sg WHERE sg.guardian_id = me.id AND sg.school_id = b.school_id) AS "guardianName",
        st.id AS "studentId", st.name AS "studentName",
        ${isGuardianOf(sql`me.id`, studentId)} AS "isGuardian",
        ${teaches(sql`sl.teacher_id`, studentId)} AS teaches
      FROM me
      JOIN ${availabilitySlots} sl ON sl.id = ${input.slotId}::uuid
      JOIN ${staffUsers} t ON t.id = sl.teacher_id
      JOIN ${branches} b ON b.id = sl.branch_id
      LEFT JOIN ${students} st ON st.id = ${studentId}
    ),
    ok AS (SELECT * FROM slot WHERE "isGuardian" AND teaches AND "studentId" IS NOT NULL AND "startsAt" > ${at}),
    locks AS (
      -- The same order as lockBookingParties (byte order, as JavaScript sorts).
      SELECT pg_advisory_xact_lock(hashtextextended(least(ok."teacherId"::text COLLATE "C", me.id::text), 0)),
             pg_advisory_xact_lock(hashtextextended(greatest(ok."teacherId"::text COLLATE "C", me.id::text), 0))
      FROM ok, me
    ),
    ins AS (
      INSERT INTO appointments (id, branch_id, teacher_id, guardian_id, student_id, slot_id, starts_at, ends_at, topic, created_by_kind, created_by_id, idempotency_key)
      SELECT ${id}::uuid, ok."branchId", ok."teacherId", me.id, ok."studentId", ok.id, ok."startsAt", ok."endsAt",
             ${input.topic ?? null}::text, 'guardian'::actor_kind, me.id, ${key}::text
      FROM ok, me, locks
      -- Every constraint: the slot taken, the teacher or the parent busy then, a retried submit.
      ON CONFLICT DO NOTHING
      RETURNING id, created_at
    ),
    job AS (${enqueueJobPerRow(roomSyncJob, sql`ins`, { appointmentId: sql`id::text` })}),
    plan AS (${enqueueJobPerRow(reminderPlanJob, sql`ins`, { appointmentId: sql`id::text` })}),
    notice AS (${enqueueJobPerRow(bookingNoticeJob, sql`ins`, { appointmentId: sql`id::text` })})
    SELECT (SELECT row_to_json(me) FROM me) AS me, (SELECT row_to_json(slot) FROM slot) AS slot,
      ins.id, ins.created_at AS "createdAt",
      -- Referenced, so the job CTEs run (a plain SELECT in WITH runs only when read).
      (SELECT count(*) FROM job) + (SELECT count(*) FROM plan) + (SELECT count(*) FROM notice) AS jobs,
      CASE WHEN ins.id IS NULL AND EXISTS (SELECT 1 FROM ok) THEN (
        SELECT json_build_object(
          'earlierId', (SELECT a.id FROM appointments a, me WHERE ${key}::text IS NOT NULL
            AND a.created_by_kind = 'guardian' AND a.created_by_id = me.id AND a.idempotency_key = ${key}::text),
          'slotTaken', EXISTS (SELECT 1 FROM appointments a WHERE a.slot_id = ok.id AND a.status <> 'cancelled'),
          'teacherClash', (SELECT json_build_object('startsAt', a.starts_at, 'endsAt', a.ends_at) FROM appointments a
            WHERE a.teacher_id = ok."teacherId" AND a.status <> 'cancelled' AND a.ended_at IS NULL
              AND tstzrange(a.starts_at, a.ends_at) && tstzrange(ok."startsAt", ok."endsAt") LIMIT 1),
          'guardianClash', (SELECT json_build_object('startsAt', a.starts_at, 'endsAt', a.ends_at) FROM appointments a, me
            WHERE a.guardian_id = me.id AND a.status <> 'cancelled' AND a.ended_at IS NULL
              AND tstzrange(a.starts_at, a.ends_at) && tstzrange(ok."startsAt", ok."endsAt") LIMIT 1),
          'alternatives', (${nearestOpenSlotsJson(sql`ok."teacherId"`, sql`ok."startsAt"`, at, sql`ok.id`)}))
        FROM ok)
      END AS conflict
    FROM (SELECT 1) AS one LEFT JOIN ins ON true`;
}

/** The answer's row, from what the statement loaded (nothing is read again). */
function bookedRow(
  slot: NonNullable<BookingRow['slot']>,
  guardian: { id: string; name: string; language: string | null },
  input: BookSlotInput,
  id: string,
  createdAt: Date,
): AppointmentRow {
  return {
    appointment: {
      id,
      branchId: slot.branchId,
      teacherId: slot.teacherId,
      guardianId: guardian.id,
      studentId: slot.studentId!,
      slotId: slot.id,
      startsAt: new Date(slot.startsAt),
      endsAt: new Date(slot.endsAt),
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
      eveningId: null,
      eveningSlotId: null,
      eveningHousehold: null,
    } satisfies typeof appointments.$inferSelect,
    branch: { id: slot.branchId, name: slot.branchName, timeZone: slot.timeZone, locale: slot.locale },
    teacher: { id: slot.teacherId, displayName: slot.teacherName },
    guardian,
    student: { id: slot.studentId!, name: slot.studentName! },
    // Views never show these; the booking notice job reads the addresses itself.
    emails: { teacher: '', guardian: '' },
    roomStatus: null,
    handoverMinutes: slot.handoverMinutes,
    // A running-late notice shows from the next read of the meeting; the booking's answer is its slot.
    lateMinutes: null,
    presence: null,
  };
}
