import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { appointments, appointmentTeachers, type Executor } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import { violatedConstraint } from '../db-errors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { enqueueJobPerRow } from '../jobs/enqueue-job.ts';
import { roomSyncJob } from '../meetings/meeting-jobs.ts';
import { reminderPlanJob } from '../reminders/reminder-jobs.ts';
import { transact } from '../transaction.ts';
import { sendEveningConfirmation } from './confirmation.ts';
import { checkParentMayBook } from './evening-rules.ts';
import type { ConfirmedItinerary } from './evening-types.ts';
import { countsForParent, householdOf, loadFamilyBookings } from './family-bookings.ts';
import { childOf, loadFamily, type Family } from './family.ts';
import { loadEvening, type LoadedEvening } from './load-evening.ts';
import { meetingSharingTeacher, type ChildMeeting } from './one-meeting-per-teacher.ts';
import { listParentMeetings } from './parent-meetings.ts';
import { uuidArray } from './sql-arrays.ts';
import { moment, said } from '../error-messages/say.ts';

type HeldRow = {
  id: string;
  teacher_id: string;
  session_id: string;
  starts_at: string;
  ends_at: string;
  held_by: string | null;
  held_for: string | null;
  hold_kind: 'proposal' | 'offer' | 'booked' | null;
  hold_expires_at: string | null;
  hold_joint_id: string | null;
  hold_lead_slot_id: string | null;
};

/**
 * Books every listed held slot in one transaction, or none: a hold that ran out, a limit or the
 * household rule refuses the whole confirm with nothing written. The exclusion constraints on
 * appointments and appointment_teachers stay the last word on double booking. A confirm repeated after
 * it succeeded (a retry after a lost answer) returns the same meetings.
 */
export async function confirmItinerary(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { eveningId: string; slotIds: string[] },
): Promise<ConfirmedItinerary> {
  const loaded = await loadEvening(deps.db, input.eveningId);
  const family = await loadFamily(deps.db, guardian, loaded);
  const now = deps.clock.now();
  const slotIds = [...new Set(input.slotIds)];
  try {
    const booked = await transact(deps.db, async (tx) => {
      await lockFamily(tx, guardian.id, family);
      const rows = await tx.execute<HeldRow>(sql`
        SELECT id, teacher_id, session_id, starts_at, ends_at, held_by, held_for, hold_kind, hold_expires_at, hold_joint_id, hold_lead_slot_id
        FROM evening_slots WHERE evening_id = ${loaded.evening.id}
          AND (id = ANY(${uuidArray(slotIds)}) OR hold_lead_slot_id = ANY(${uuidArray(slotIds)}))
        ORDER BY id FOR UPDATE`);
      const leads = slotIds.map((id) => rows.find((r) => r.id === id));
      if (leads.every((r) => r?.hold_kind === 'booked' && r.held_by === guardian.id)) return 'already';
      const live = (r: HeldRow | undefined): r is HeldRow =>
        !!r &&
        r.held_by === guardian.id &&
        (r.hold_kind === 'proposal' || r.hold_kind === 'offer') &&
        new Date(r.hold_expires_at!) > now;
      const lost = leads.findIndex((r) => !live(r));
      if (lost >= 0) {
        const row = leads[lost];
        throw new AppError(
          'PRECONDITION_FAILED',
          row
            ? said('errors.evening.holdRanOutAt', { time: moment(new Date(row.starts_at), loaded) })
            : said('errors.evening.holdRanOut'),
        );
      }
      const held = leads as HeldRow[];
      for (const r of held) {
        const session = loaded.sessions.find((s) => s.id === r.session_id)!;
        checkParentMayBook(loaded.evening, session, now, family.earlyAccess, loaded);
      }
      await checkLimits(tx, guardian, loaded, family, held, rows);
      const household = householdOf(loaded.evening, guardian);
      const values = held.map((r) => ({
        id: randomUUID(),
        branchId: loaded.evening.branchId,
        teacherId: r.teacher_id,
        guardianId: guardian.id,
        studentId: r.held_for!,
        startsAt: new Date(r.starts_at),
        endsAt: new Date(r.ends_at),
        createdByKind: 'guardian' as const,
        createdById: guardian.id,
        eveningId: loaded.evening.id,
        eveningSlotId: r.id,
        eveningHousehold: household,
        createdAt: now,
        updatedAt: now,
      }));
      await tx.insert(appointments).values(values);
      const coTeachers = rows
        .filter((r) => r.hold_lead_slot_id)
        .map((r) => {
          const appointment = values.find((v) => v.eveningSlotId === r.hold_lead_slot_id)!;
          return { appointment, teacherId: r.teacher_id };
        })
        .filter(
          (c, i, all) =>
            all.findIndex((d) => d.appointment.id === c.appointment.id && d.teacherId === c.teacherId) === i,
        )
        .map(({ appointment, teacherId }) => ({
          appointmentId: appointment.id,
          teacherId,
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
          active: true,
        }));
      if (coTeachers.length) await tx.insert(appointmentTeachers).values(coTeachers);
      // Booked slots keep their holder and never lapse: a racing hold re-checks the row and sees it taken.
      await tx.execute(sql`UPDATE evening_slots SET hold_kind = 'booked', hold_expires_at = 'infinity'
        WHERE id = ANY(${uuidArray(rows.map((r) => r.id))})`);
      await tx.execute(sql`UPDATE evening_waitlist SET status = 'booked'
        WHERE evening_id = ${loaded.evening.id} AND guardian_id = ${guardian.id} AND status IN ('waiting', 'offered')
          AND (student_id, teacher_id) IN (SELECT * FROM unnest(${uuidArray(values.map((v) => v.studentId))}, ${uuidArray(values.map((v) => v.teacherId))}))`);
      const ids = sql`(SELECT unnest(${uuidArray(values.map((v) => v.id))}) AS id) AS booked`;
      await tx.execute(sql`WITH a AS (${enqueueJobPerRow(roomSyncJob, ids, { appointmentId: sql`id::text` })}),
        b AS (${enqueueJobPerRow(reminderPlanJob, ids, { appointmentId: sql`id::text` })})
        SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b)`);
      await sendEveningConfirmation(
        tx,
        deps,
        guardian,
        loaded,
        values.map((v) => v.id),
      );
      return 'booked';
    });
    deps.log.info(
      { eveningId: loaded.evening.id, meetings: slotIds.length, outcome: booked },
      'evening itinerary confirmed',
    );
  } catch (error) {
    throw explainEveningConflict(error);
  }
  const meetings = await listParentMeetings(deps, guardian, loaded);
  return { meetings: meetings.filter((m) => m.slotId && slotIds.includes(m.slotId)) };
}

/** One family's confirms and cancels run one at a time, so limits count every booking. */
async function lockFamily(tx: Executor, guardianId: string, family: Family): Promise<void> {
  const keys = [guardianId, ...family.children.map((c) => c.id)].sort();
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(k, 0))
    FROM (SELECT unnest(${uuidArray(keys)})::text AS k ORDER BY 1) AS keys`);
}

async function checkLimits(
  tx: Executor,
  guardian: GuardianActor,
  { evening }: LoadedEvening,
  family: Family,
  held: HeldRow[],
  rows: HeldRow[],
): Promise<void> {
  const bookings = await loadFamilyBookings(
    tx,
    evening.id,
    family.children.map((c) => c.id),
  );
  const counting: ChildMeeting[] = [...countsForParent(evening, guardian, bookings)];
  for (const r of held) {
    const child = childOf(family, r.held_for!);
    // A joint meeting's co-teachers hold their slots beside the lead's: the meeting is with all of them.
    const meeting = {
      studentId: child.id,
      teacherIds: [r.teacher_id, ...rows.filter((c) => c.hold_lead_slot_id === r.id).map((c) => c.teacher_id)],
    };
    if (meetingSharingTeacher(meeting, counting)) {
      throw new AppError(
        'CONFLICT',
        said(
          evening.householdMode === 'one_per_household'
            ? 'errors.evening.onePerFamily'
            : 'errors.evening.alreadyWithTeacher',
          { child: child.name },
        ),
      );
    }
    counting.push(meeting);
  }
  if (evening.perChildLimit !== null) {
    for (const child of family.children) {
      const total =
        bookings.filter((b) => b.studentId === child.id).length + held.filter((r) => r.held_for === child.id).length;
      if (total > evening.perChildLimit) {
        throw new AppError(
          'CONFLICT',
          said('errors.evening.childLimit', { child: child.name, limit: evening.perChildLimit }),
        );
      }
    }
  }
  if (evening.perParentLimit !== null) {
    const total = bookings.filter((b) => b.guardianId === guardian.id).length + held.length;
    if (total > evening.perParentLimit) {
      throw new AppError('CONFLICT', said('errors.evening.parentLimit', { limit: evening.perParentLimit }));
    }
  }
}

/** The database's last word (it should never come to this past the holds) in words a parent can act on. */
function explainEveningConflict(error: unknown): unknown {
  switch (violatedConstraint(error)) {
    case 'appointments_teacher_no_overlap':
    case 'appointment_teachers_no_overlap':
    case 'appointments_active_evening_slot_key':
      return new AppError('CONFLICT', said('errors.evening.takenByAnother'));
    case 'appointments_guardian_no_overlap':
      return new AppError('CONFLICT', said('errors.evening.overlapsAnother'));
    case 'appointments_evening_household_key':
      return new AppError('CONFLICT', said('errors.evening.familyHasTeacher'));
    default:
      return error;
  }
}
