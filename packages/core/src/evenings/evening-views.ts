import { asc, eq, inArray, sql } from 'drizzle-orm';
import {
  branches,
  eveningEarlyAccess,
  eveningFlags,
  eveningJointMeetings,
  eveningSessions,
  parentsEvenings,
  staffUsers,
} from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { EveningDetail, EveningSummary, JointMeeting, ScheduleSlot, TeacherSchedule } from './evening-types.ts';
import { loadEveningForStaff, summaryOf } from './load-evening.ts';

/** The evenings of the caller's branches (or one of them), soonest first. */
export async function listEveningsForStaff(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  staff: StaffActor,
  input: { branchId?: string },
): Promise<EveningSummary[]> {
  const branchIds = staff.memberships.map((m) => m.branchId).filter((b) => !input.branchId || b === input.branchId);
  if (!branchIds.length) return [];
  const rows = await deps.db
    .select({ evening: parentsEvenings, timeZone: branches.timeZone, locale: branches.locale })
    .from(parentsEvenings)
    .innerJoin(branches, eq(branches.id, parentsEvenings.branchId))
    .where(inArray(parentsEvenings.branchId, branchIds));
  if (!rows.length) return [];
  const sessions = await deps.db
    .select()
    .from(eveningSessions)
    .where(
      inArray(
        eveningSessions.eveningId,
        rows.map((r) => r.evening.id),
      ),
    )
    .orderBy(asc(eveningSessions.startsAt));
  return rows
    .map((r) => summaryOf({ ...r, sessions: sessions.filter((s) => s.eveningId === r.evening.id) }, deps.clock.now()))
    .sort((a, b) => (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? ''));
}

/** The whole evening for staff of its branch: teachers with slot counts, joint meetings, early access, flags. */
export async function getEveningForStaff(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  staff: StaffActor,
  eveningId: string,
): Promise<EveningDetail> {
  const loaded = await loadEveningForStaff(deps.db, staff, eveningId);
  const now = deps.clock.now();
  const teachers = await deps.db.execute<{
    id: string;
    display_name: string;
    slot_minutes: number | null;
    session_ids: string[] | null;
    total: number;
    booked: number;
    held: number;
    unavailable: number;
  }>(sql`
    SELECT su.id, su.display_name, et.slot_minutes, et.session_ids,
      count(s.id)::int AS total,
      count(s.id) FILTER (WHERE s.hold_kind = 'booked')::int AS booked,
      count(s.id) FILTER (WHERE s.hold_kind IN ('proposal', 'offer') AND s.hold_expires_at > ${now.toISOString()}::timestamptz)::int AS held,
      count(s.id) FILTER (WHERE s.unavailable)::int AS unavailable
    FROM evening_teachers et JOIN staff_users su ON su.id = et.teacher_id
    LEFT JOIN evening_slots s ON s.evening_id = et.evening_id AND s.teacher_id = et.teacher_id
    WHERE et.evening_id = ${eveningId}
    GROUP BY su.id, su.display_name, et.slot_minutes, et.session_ids
    ORDER BY su.display_name`);
  const [joints, early, flags] = await Promise.all([
    listJointMeetings(deps, eveningId),
    deps.db
      .select({ id: eveningEarlyAccess.studentId })
      .from(eveningEarlyAccess)
      .where(eq(eveningEarlyAccess.eveningId, eveningId)),
    deps.db
      .select({ teacherId: eveningFlags.teacherId, studentId: eveningFlags.studentId })
      .from(eveningFlags)
      .where(eq(eveningFlags.eveningId, eveningId)),
  ]);
  return {
    ...summaryOf(loaded, now),
    classIds: loaded.evening.classIds,
    yearGroups: loaded.evening.yearGroups,
    teachers: teachers.map((t) => ({
      id: t.id,
      displayName: t.display_name,
      slotMinutes: t.slot_minutes,
      sessionIds: t.session_ids,
      slots: { total: t.total, booked: t.booked, held: t.held, unavailable: t.unavailable },
    })),
    jointMeetings: joints,
    earlyAccessStudentIds: early.map((e) => e.id),
    flags,
    serverNow: now.toISOString(),
  };
}

export async function listJointMeetings(deps: Pick<CoreDeps, 'db'>, eveningId: string): Promise<JointMeeting[]> {
  const joints = await deps.db.select().from(eveningJointMeetings).where(eq(eveningJointMeetings.eveningId, eveningId));
  const ids = [...new Set(joints.flatMap((j) => j.teacherIds))];
  const names = ids.length
    ? await deps.db
        .select({ id: staffUsers.id, displayName: staffUsers.displayName })
        .from(staffUsers)
        .where(inArray(staffUsers.id, ids))
    : [];
  return joints.map((j) => ({
    id: j.id,
    name: j.name,
    teachers: j.teacherIds.map((id) => ({ id, displayName: names.find((n) => n.id === id)?.displayName ?? '' })),
  }));
}

/** A teacher's own evening (an admin: any teacher's): slots with their meetings, and the children they may flag. */
export async function getTeacherSchedule(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  staff: StaffActor,
  input: { eveningId: string; teacherId?: string },
): Promise<TeacherSchedule> {
  const loaded = await loadEveningForStaff(deps.db, staff, input.eveningId);
  const teacherId = input.teacherId ?? staff.id;
  const isAdmin = staff.memberships.some((m) => m.branchId === loaded.evening.branchId && m.role === 'admin');
  if (teacherId !== staff.id && !isAdmin) {
    throw new AppError('FORBIDDEN', "You can only see your own evening. A branch admin sees every teacher's.");
  }
  const now = deps.clock.now().toISOString();
  const [teacher] = await deps.db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName })
    .from(staffUsers)
    .where(eq(staffUsers.id, teacherId));
  const slots = await deps.db.execute<{
    id: string;
    starts_at: string;
    ends_at: string;
    unavailable: boolean;
    live_hold: boolean;
    appointment_id: string | null;
    student_name: string | null;
    parent_name: string | null;
    parent_language: string | null;
    with_teachers: string[] | null;
  }>(sql`
    SELECT s.id, s.starts_at, s.ends_at, s.unavailable,
      (s.hold_kind IN ('proposal', 'offer') AND s.hold_expires_at > ${now}::timestamptz) AS live_hold,
      a.id AS appointment_id, st.name AS student_name, coalesce(sg.name, g.name) AS parent_name,
      g.language AS parent_language,
      (SELECT array_agg(su.display_name ORDER BY su.display_name) FROM appointment_teachers at2
        JOIN staff_users su ON su.id = at2.teacher_id WHERE at2.appointment_id = a.id AND at2.teacher_id <> ${teacherId}) AS with_teachers
    FROM evening_slots s
    LEFT JOIN LATERAL (
      SELECT ap.* FROM appointment_teachers at JOIN appointments ap ON ap.id = at.appointment_id
      WHERE at.teacher_id = s.teacher_id AND at.active AND tstzrange(at.starts_at, at.ends_at) && tstzrange(s.starts_at, s.ends_at)
      ORDER BY ap.starts_at LIMIT 1
    ) a ON true
    LEFT JOIN students st ON st.id = a.student_id
    LEFT JOIN guardians g ON g.id = a.guardian_id
    LEFT JOIN school_guardians sg ON sg.guardian_id = a.guardian_id
      AND sg.school_id = (SELECT school_id FROM branches WHERE id = ${loaded.evening.branchId})
    WHERE s.evening_id = ${input.eveningId} AND s.teacher_id = ${teacherId}
    ORDER BY s.starts_at`);
  const students = await deps.db.execute<{ id: string; name: string; flagged: boolean; booked: boolean }>(sql`
    SELECT DISTINCT st.id, st.name,
      EXISTS (SELECT 1 FROM evening_flags f WHERE f.evening_id = ${input.eveningId} AND f.teacher_id = ${teacherId} AND f.student_id = st.id) AS flagged,
      EXISTS (SELECT 1 FROM appointment_teachers at JOIN appointments ap ON ap.id = at.appointment_id
        WHERE ap.evening_id = ${input.eveningId} AND at.teacher_id = ${teacherId} AND at.active AND ap.student_id = st.id) AS booked
    FROM class_teachers ct JOIN class_students cs ON cs.class_id = ct.class_id JOIN students st ON st.id = cs.student_id
    WHERE ct.staff_id = ${teacherId} AND st.branch_id = ${loaded.evening.branchId}
    ORDER BY st.name`);
  return {
    eveningId: input.eveningId,
    teacher: teacher ?? { id: teacherId, displayName: '' },
    timeZone: loaded.timeZone,
    slots: slots.map((s): ScheduleSlot => ({
      id: s.id,
      startsAt: new Date(s.starts_at).toISOString(),
      endsAt: new Date(s.ends_at).toISOString(),
      state: s.appointment_id ? 'booked' : s.unavailable ? 'unavailable' : s.live_hold ? 'held' : 'free',
      meeting: s.appointment_id
        ? {
            appointmentId: s.appointment_id,
            studentName: s.student_name ?? '',
            parentName: s.parent_name ?? '',
            parentLanguage: s.parent_language,
            withTeachers: s.with_teachers ?? [],
          }
        : null,
    })),
    students: [...students],
  };
}
