import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@edutrack/db';
import type { CoreDeps } from '../deps.ts';
import { defineJob } from '../jobs/define-job.ts';
import { enqueueJob, enqueueJobPerRow } from '../jobs/enqueue-job.ts';
import { schoolOfBranch } from '../mail/school-line.ts';
import { formatClock } from '@edutrack/i18n';
import { momentFor, readerOf } from '../mail/reader.ts';
import { waitlistOfferEmail } from '../mail/templates/evening-mail.ts';
import { pushToGuardian } from '../push/push-to-guardian.ts';
import { transact } from '../transaction.ts';
import { OFFER_HOLD_MS, sessionClosesAt } from './evening-rules.ts';
import { countsForParent, loadFamilyBookings } from './family-bookings.ts';
import { loadEvening } from './load-evening.ts';
import { meetingSharingTeacher } from './one-meeting-per-teacher.ts';
import type { BookableTarget } from './evening-types.ts';
import { claimSlots, loadSlots, optionsFor } from './slot-state.ts';
import { uuidArray } from './sql-arrays.ts';

/**
 * Hands freed slots of one teacher to their waiting list: offers that ran out pass on (the family
 * leaves the list: they were asked once), then each free slot goes to the first family still waiting
 * who can take it, held for them for 15 minutes with an email and a push. Runs when a meeting is
 * cancelled or a slot made available again, and once more when each offer runs out. Idempotent: it
 * reads the current state, and the conditional hold keeps two runs from offering one slot twice.
 *
 * Families waiting for a joint meeting this teacher is in share the queue (in arrival order): their
 * offer is the lead's slot with every co-teacher free at that time, held together, as a proposal would.
 */
export async function offerFreedSlots(
  deps: Pick<CoreDeps, 'db' | 'clock' | 'mailer' | 'publicUrl'>,
  eveningId: string,
  teacherId: string,
): Promise<{ passed: number; offered: number }> {
  const now = deps.clock.now();
  return transact(deps.db, async (tx) => {
    const loaded = await loadEvening(tx, eveningId);
    const joints = await tx.execute<{ id: string; name: string; teacher_ids: string[] }>(sql`
      SELECT id, name, teacher_ids FROM evening_joint_meetings
      WHERE evening_id = ${eveningId} AND ${teacherId}::uuid = ANY(teacher_ids)`);
    const jointIds = uuidArray(joints.map((j) => j.id));
    const queue = sql`w.evening_id = ${eveningId}
      AND ((w.teacher_id = ${teacherId} AND w.joint_meeting_id IS NULL) OR w.joint_meeting_id = ANY(${jointIds}))`;
    const passed = await tx.execute(sql`UPDATE evening_waitlist w SET status = 'passed'
      WHERE ${queue} AND w.status = 'offered' AND w.offer_expires_at <= ${now.toISOString()}::timestamptz RETURNING id`);
    const openSessions = loaded.sessions.filter((s) => now < sessionClosesAt(loaded.evening, s)).map((s) => s.id);
    if (!openSessions.length) return { passed: passed.length, offered: 0 };
    const waiting = await tx.execute<{
      id: string;
      guardian_id: string;
      student_id: string;
      joint_meeting_id: string | null;
    }>(sql`
      SELECT w.id, w.guardian_id, w.student_id, w.joint_meeting_id FROM evening_waitlist w
      WHERE ${queue} AND w.status = 'waiting'
      ORDER BY w.created_at, w.id FOR UPDATE SKIP LOCKED`);
    if (!waiting.length) return { passed: passed.length, offered: 0 };
    const teacherIds = [...new Set([teacherId, ...joints.flatMap((j) => j.teacher_ids)])];
    let offered = 0;
    const expiresAt = new Date(now.getTime() + OFFER_HOLD_MS);
    for (const entry of waiting) {
      const joint = joints.find((j) => j.id === entry.joint_meeting_id);
      const target: BookableTarget = joint
        ? { id: joint.id, joint: true, name: joint.name, teacherIds: joint.teacher_ids }
        : { id: teacherId, joint: false, name: '', teacherIds: [teacherId] };
      // The child may have met these teachers another way since joining (e.g. one of a joint
      // meeting's teachers alone): confirm would refuse the offer, so the family leaves the queue.
      const bookings = await loadFamilyBookings(tx, eveningId, [entry.student_id]);
      const counted = countsForParent(loaded.evening, { id: entry.guardian_id }, bookings);
      if (meetingSharingTeacher({ studentId: entry.student_id, teacherIds: target.teacherIds }, counted)) {
        await tx.execute(sql`UPDATE evening_waitlist SET status = 'booked' WHERE id = ${entry.id}`);
        continue;
      }
      // Read again per family: an offer made just before holds its slots now.
      const slots = await loadSlots(tx, eveningId, teacherIds, openSessions, null, now);
      const busy = await tx.execute<{ starts_at: string; ends_at: string }>(sql`
        SELECT starts_at, ends_at FROM appointments WHERE guardian_id = ${entry.guardian_id}
          AND status <> 'cancelled' AND ended_at IS NULL
        UNION ALL SELECT starts_at, ends_at FROM evening_slots WHERE held_by = ${entry.guardian_id}
          AND hold_kind = 'offer' AND hold_expires_at > ${now.toISOString()}::timestamptz`);
      const option = optionsFor(target, slots).find(
        (o) => !busy.some((b) => Date.parse(b.starts_at) < o.end && o.start < Date.parse(b.ends_at)),
      );
      if (!option) continue;
      const claims = [option.slotId, ...option.coSlotIds].map((slotId) => ({
        slotId,
        studentId: entry.student_id,
        jointId: joint ? joint.id : null,
        leadSlotId: slotId === option.slotId ? null : option.slotId,
      }));
      // A family proposing at this moment may take one of the slots first; a joint offer is held whole or not at all.
      await tx.execute(sql`SAVEPOINT offer`);
      const got = await claimSlots(tx, claims, { guardianId: entry.guardian_id, kind: 'offer', expiresAt, now });
      if (got.size !== claims.length) {
        await tx.execute(sql`ROLLBACK TO SAVEPOINT offer`);
        continue;
      }
      offered++;
      const lead = target.teacherIds[0]!;
      await tx.execute(sql`UPDATE evening_waitlist SET status = 'offered', offered_slot_id = ${option.slotId},
        offer_expires_at = ${expiresAt.toISOString()}::timestamptz WHERE id = ${entry.id}`);
      await notifyOffer(tx, deps, {
        eveningId,
        teacherId: lead,
        jointName: joint?.name ?? null,
        entry,
        slot: { starts_at: new Date(option.start).toISOString(), ends_at: new Date(option.end).toISOString() },
        expiresAt,
      });
      // Graphile compares run_at with the database's clock; the handler re-checks with ours.
      await enqueueJob(tx, eveningWaitlistJob, { eveningId, teacherId: lead }, { runInMs: OFFER_HOLD_MS + 1_000 });
    }
    return { passed: passed.length, offered };
  });
}

async function notifyOffer(
  tx: Executor,
  deps: Pick<CoreDeps, 'mailer' | 'publicUrl'>,
  o: {
    eveningId: string;
    teacherId: string;
    /** A joint meeting's name, said instead of the teacher's. */
    jointName: string | null;
    entry: { guardian_id: string; student_id: string };
    slot: { starts_at: string; ends_at: string };
    expiresAt: Date;
  },
): Promise<void> {
  const [info] = await tx.execute<{
    evening_name: string;
    branch_id: string;
    language: string | null;
    teacher_name: string;
    student_name: string;
    parent_name: string;
    email: string;
  }>(sql`SELECT e.name AS evening_name, e.branch_id, g.language, su.display_name AS teacher_name, st.name AS student_name,
      coalesce((SELECT sg.name FROM school_guardians sg WHERE sg.guardian_id = g.id AND sg.school_id = b.school_id), g.name) AS parent_name,
      g.email
    FROM parents_evenings e JOIN branches b ON b.id = e.branch_id, staff_users su, students st, guardians g
    WHERE e.id = ${o.eveningId} AND su.id = ${o.teacherId} AND st.id = ${o.entry.student_id} AND g.id = ${o.entry.guardian_id}`);
  if (!info) return;
  const school = await schoolOfBranch(tx, info.branch_id);
  const teacherName = o.jointName ?? info.teacher_name;
  const reader = readerOf(info.language, school);
  const slot = { startsAt: new Date(o.slot.starts_at), endsAt: new Date(o.slot.ends_at) };
  const link = `${deps.publicUrl}/parent/evenings/${o.eveningId}`;
  const rendered = waitlistOfferEmail({
    from: school,
    reader,
    eveningName: info.evening_name,
    parentName: info.parent_name,
    teacherName,
    studentName: info.student_name,
    slot,
    heldUntil: o.expiresAt,
    link,
  });
  await deps.mailer.send(tx, {
    ...rendered,
    kind: 'evening-waitlist-offer',
    schoolId: school.schoolId,
    to: info.email,
  });
  await pushToGuardian(tx, o.entry.guardian_id, {
    title: reader.t('evening.pushOfferTitle', { teacher: teacherName }),
    body: reader.t('evening.pushOfferBody', {
      when: momentFor(reader, slot.startsAt),
      time: formatClock(o.expiresAt, reader.time),
    }),
    url: `/parent/evenings/${o.eveningId}`,
    tag: `evening-offer-${o.eveningId}`,
  });
}

/** Queues the hand-on for every teacher of a cancelled evening meeting, in the cancel's transaction. */
export async function offerToWaitlists(tx: Executor, appointmentId: string): Promise<void> {
  await tx.execute(sql`WITH t AS (SELECT a.evening_id, at.teacher_id FROM appointment_teachers at
      JOIN appointments a ON a.id = at.appointment_id WHERE a.id = ${appointmentId} AND a.evening_id IS NOT NULL)
    ${enqueueJobPerRow(eveningWaitlistJob, sql`t`, { eveningId: sql`evening_id::text`, teacherId: sql`teacher_id::text` })}`);
}

export const eveningWaitlistJob = defineJob({
  name: 'evenings:waitlist',
  payload: z.object({ eveningId: z.uuid(), teacherId: z.uuid() }),
  maxAttempts: 10,
  async run(deps, { eveningId, teacherId }, log) {
    const outcome = await offerFreedSlots(deps, eveningId, teacherId).catch((error: unknown) => {
      // The evening was deleted meanwhile: nothing left to offer.
      if (error instanceof Error && error.name === 'AppError') return null;
      throw error;
    });
    log.debug(outcome ? `waiting list: ${outcome.passed} passed on, ${outcome.offered} offered` : 'evening gone');
  },
});
