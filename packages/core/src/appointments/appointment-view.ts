import { and, eq, sql, type SQL } from 'drizzle-orm';
import {
  appointmentRooms,
  appointments,
  branches,
  guardians,
  schoolGuardians,
  staffUsers,
  students,
  type Executor,
} from '@edutrack/db';
import type { Actor } from '../actors.ts';
import type { Clock } from '../clock.ts';
import { callCutAt, meetingWindow } from '../time/meeting-window.ts';
import { permissionsFor, type Permissions } from './permissions.ts';

/** What every screen shows of a meeting. Times are ISO strings (UTC); the branch zone comes with them. */
export interface AppointmentView {
  id: string;
  status: 'scheduled' | 'cancelled' | 'completed' | 'no_show';
  startsAt: string;
  endsAt: string;
  topic: string | null;
  /** `locale`: the school's (staff portal, and the regional style of dates for parents reading its language). */
  branch: { id: string; name: string; timeZone: string; locale: string };
  teacher: { id: string; displayName: string };
  /** `language`: the one the parent reads (chosen in the app); staff see it to arrange an interpreter. */
  guardian: { id: string; name: string; language: string | null };
  student: { id: string; name: string };
  slotId: string | null;
  bookedBy: 'staff' | 'guardian';
  cancelledAt: string | null;
  cancelledBy: 'staff' | 'guardian' | null;
  cancelReason: string | null;
  /** Whether the person looking cancelled it themself ("You cancelled this meeting"). */
  cancelledByViewer: boolean;
  room: { status: 'pending' | 'ready' | 'failed' | 'deleted' } | null;
  /** When "End meeting for everyone" closed it; null while it is live (or after a reopen). */
  endedAt: string | null;
  /** Who is in the call or knocking right now (from Daily's webhooks and the parent app). */
  live: { teacherInCall: boolean; parentInCall: boolean; parentWaiting: boolean; guestWaiting: boolean };
  /**
   * When "Join Video Call" opens (the room's window, 5 minutes before) and closes: the call's cut-off,
   * the slot's end plus the branch's handover, later by the teacher's lateness (docs/decisions/015).
   */
  joinOpensAt: string;
  joinClosesAt: string;
  /** The teacher said they are running late: when this meeting is now expected to start. */
  runningLate: { minutes: number; expectedStartsAt: string } | null;
  permissions: Permissions;
}

const appointmentColumns = {
  appointment: appointments,
  branch: { id: branches.id, name: branches.name, timeZone: branches.timeZone, locale: branches.locale },
  teacher: { id: staffUsers.id, displayName: staffUsers.displayName },
  /** The name the meeting's school gave the parent (docs/decisions/013), never another school's. */
  guardian: { id: guardians.id, name: schoolGuardians.name, language: guardians.language },
  /** For notifications only; never part of a view sent to a browser. */
  emails: { teacher: staffUsers.email, guardian: guardians.email },
  student: { id: students.id, name: students.name },
  roomStatus: appointmentRooms.status,
  handoverMinutes: branches.callHandoverMinutes,
  /** The teacher's "running N minutes late" when it covers this meeting (said before it finished, same day). */
  lateMinutes: sql<number | null>`(SELECT l.minutes FROM teacher_running_late l
    WHERE l.teacher_id = ${appointments.teacherId} AND ${appointments.endsAt} > l.set_at AND ${appointments.startsAt} < l.until)`,
  /** Open presence as 'kind:role' pairs, one small index lookup per row. */
  presence: sql<string[] | null>`(SELECT array_agg(DISTINCT p.kind || ':' || p.role) FROM meeting_presence p
    WHERE p.appointment_id = ${appointments.id} AND p.left_at IS NULL)`,
};

/** The joined select every appointment read goes through; callers add where/order/limit. */
export function selectAppointments(db: Executor, where: SQL | undefined) {
  return db
    .select(appointmentColumns)
    .from(appointments)
    .innerJoin(branches, eq(branches.id, appointments.branchId))
    .innerJoin(staffUsers, eq(staffUsers.id, appointments.teacherId))
    .innerJoin(guardians, eq(guardians.id, appointments.guardianId))
    .innerJoin(
      schoolGuardians,
      and(eq(schoolGuardians.guardianId, appointments.guardianId), eq(schoolGuardians.schoolId, branches.schoolId)),
    )
    .innerJoin(students, eq(students.id, appointments.studentId))
    .leftJoin(appointmentRooms, eq(appointmentRooms.appointmentId, appointments.id))
    .where(where);
}

export type AppointmentRow = Awaited<ReturnType<typeof selectAppointments>>[number];

export function toAppointmentView(row: AppointmentRow, actor: Actor, clock: Clock): AppointmentView {
  const a = row.appointment;
  const window = meetingWindow(a);
  return {
    id: a.id,
    status: a.status,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    topic: a.topic,
    branch: row.branch,
    teacher: row.teacher,
    guardian: row.guardian,
    student: row.student,
    slotId: a.slotId,
    bookedBy: a.createdByKind,
    cancelledAt: a.cancelledAt?.toISOString() ?? null,
    cancelledBy: a.cancelledByKind,
    cancelReason: a.cancelReason,
    cancelledByViewer: a.cancelledById !== null && a.cancelledByKind === actor.kind && a.cancelledById === actor.id,
    room: row.roomStatus ? { status: row.roomStatus } : null,
    endedAt: a.endedAt?.toISOString() ?? null,
    live: liveOf(row.presence ?? []),
    joinOpensAt: window.opensAt.toISOString(),
    joinClosesAt: callCutOf(row).toISOString(),
    runningLate: row.lateMinutes
      ? {
          minutes: row.lateMinutes,
          expectedStartsAt: new Date(a.startsAt.getTime() + row.lateMinutes * 60_000).toISOString(),
        }
      : null,
    permissions: permissionsFor(actor, a, clock.now()),
  };
}

/** When the meeting's call is cut off for everyone (tokens expire and eject then). */
export function callCutOf(row: AppointmentRow): Date {
  return callCutAt(row.appointment, { handoverMinutes: row.handoverMinutes, lateMinutes: row.lateMinutes ?? 0 });
}

function liveOf(presence: string[]): AppointmentView['live'] {
  const has = (pair: string) => presence.includes(pair);
  return {
    teacherInCall: has('participant:teacher'),
    parentInCall: has('participant:guardian'),
    parentWaiting: has('waiting:guardian'),
    guestWaiting: has('waiting:guest'),
  };
}
