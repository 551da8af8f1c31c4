import { and, eq } from 'drizzle-orm';
import { appointmentRooms, appointmentTeachers } from '@edutrack/db';
import type { GuardianActor, StaffActor } from '../actors.ts';
import { AppError } from '../errors.ts';
import { findVisibleAppointment } from '../appointments/access.ts';
import { callCutOf, type AppointmentRow } from '../appointments/appointment-view.ts';
import { meetingWindow, windowState } from '../time/meeting-window.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { syncRoom } from './sync-room.ts';
import { readerOf } from '../mail/reader.ts';
import { pushToGuardian } from '../push/push-to-guardian.ts';
import { moment, said } from '../error-messages/say.ts';

export interface JoinTicket {
  mode: 'daily' | 'local';
  /** Local mode only, when the call signalling is not on the app's own origin. */
  signallingUrl: string | null;
  roomUrl: string;
  roomName: string;
  /** A meeting token minted for this person just now; never stored. */
  token: string;
  /** The call's cut-off: the token stops working and its holder is ejected then. */
  closesAt: string;
  you: { userId: string; userName: string; role: 'teacher' | 'guardian' | 'invitee' };
  teacher: { id: string; displayName: string };
  expectedParent: { id: string; name: string };
  student: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  /** The school's locale and zone, so the call screens write times in its style ("13:50" at a UK school). */
  school: { locale: string; timeZone: string };
}

/** The appointment's teacher joins as the room's owner: they admit or deny knockers. */
export async function joinAsTeacher(deps: MeetingDeps, staff: StaffActor, appointmentId: string): Promise<JoinTicket> {
  const row = await findVisibleAppointment(deps.db, staff, appointmentId);
  if (row.appointment.teacherId !== staff.id && !(await isCoTeacher(deps, appointmentId, staff.id))) {
    throw new AppError(
      'FORBIDDEN',
      `Only ${row.teacher.displayName} can host this meeting. Admins can follow it from the agenda.`,
    );
  }
  const ticket = await issueTicket(deps, row, { role: 'teacher', userId: staff.id, userName: staff.displayName });
  // The parent may be waiting on another screen (or with the app closed): tell their devices, in their language.
  const { t } = readerOf(row.guardian.language, row.branch);
  await pushToGuardian(deps.db, row.appointment.guardianId, {
    title: t('call.readyTitle', { teacher: row.teacher.displayName }),
    body: t('call.readyBody', { student: row.student.name }),
    url: `/parent/meetings/${row.appointment.id}/call`,
    tag: `ready-${row.appointment.id}`,
  });
  return ticket;
}

/** One of the other teachers of a joint meeting (parents' evenings): they host it too, as owners. */
async function isCoTeacher(deps: MeetingDeps, appointmentId: string, staffId: string): Promise<boolean> {
  const rows = await deps.db
    .select({ id: appointmentTeachers.teacherId })
    .from(appointmentTeachers)
    .where(and(eq(appointmentTeachers.appointmentId, appointmentId), eq(appointmentTeachers.teacherId, staffId)));
  return rows.length > 0;
}

/** A parent of the child joins with a knocking token under a name the server vouches for. */
export async function joinAsParent(
  deps: MeetingDeps,
  guardian: GuardianActor,
  appointmentId: string,
): Promise<JoinTicket> {
  const row = await findVisibleAppointment(deps.db, guardian, appointmentId);
  return issueTicket(deps, row, parentIdentity(guardian, row));
}

/** The name a parent of the child has in the call (and in their knocking token). */
export const parentCallName = (name: string, row: AppointmentRow) => `${name} (parent of ${row.student.name})`;

/** The name a parent's token carries: the server vouches for it, so the teacher sees who knocks. */
export const parentIdentity = (guardian: GuardianActor, row: AppointmentRow): JoinTicket['you'] => ({
  role: 'guardian',
  userId: guardian.id,
  userName: parentCallName(row.guardian.name, row),
});

/**
 * A fresh token for one person, in a room made ready now if need be; only inside the meeting's window.
 * `admitted`: the parent's token skips the lobby (rejoin-meeting.ts decides when).
 */
export async function issueTicket(
  deps: MeetingDeps,
  row: AppointmentRow,
  you: JoinTicket['you'],
  { admitted = false } = {},
): Promise<JoinTicket> {
  checkJoinable(row, deps.clock.now());
  const room = await readyRoom(deps, row);
  // The token ends the call for its holder at the cut-off (Daily's eject_at_token_exp), not when the room closes.
  const closesAt = callCutOf(row);
  const token = await deps.video.mintToken({
    roomName: room.name,
    role: admitted && you.role === 'guardian' ? 'admitted-guardian' : you.role,
    userId: you.userId,
    userName: you.userName,
    expiresAt: closesAt,
  });
  return {
    mode: deps.video.mode,
    signallingUrl: deps.video.signallingUrl ?? null,
    roomUrl: room.url,
    roomName: room.name,
    token,
    closesAt: closesAt.toISOString(),
    you,
    teacher: row.teacher,
    expectedParent: row.guardian,
    student: row.student,
    startsAt: row.appointment.startsAt.toISOString(),
    endsAt: row.appointment.endsAt.toISOString(),
    school: { locale: row.branch.locale, timeZone: row.branch.timeZone },
  };
}

export function checkJoinable(row: AppointmentRow, now: Date): void {
  const a = row.appointment;
  if (a.status === 'cancelled') throw new AppError('PRECONDITION_FAILED', said('errors.join.cancelled'));
  if (a.endedAt) {
    throw new AppError('PRECONDITION_FAILED', said('errors.join.endedAt', { time: moment(a.endedAt, row.branch) }));
  }
  const window = meetingWindow(a);
  const state = windowState(window, now);
  if (a.status === 'no_show' || state === 'closed') {
    throw new AppError('PRECONDITION_FAILED', said('errors.join.ended'));
  }
  const cut = callCutOf(row);
  if (now >= cut) {
    throw new AppError('PRECONDITION_FAILED', said('errors.join.finishedAt', { time: moment(cut, row.branch) }));
  }
  if (state === 'not_open') {
    throw new AppError(
      'PRECONDITION_FAILED',
      said('errors.join.opensAt', { time: moment(window.opensAt, row.branch) }),
      { opensAt: window.opensAt.toISOString() },
    );
  }
}

/**
 * The room, made ready now if its job has not got to it yet (or failed earlier): joining must not
 * depend on the queue having caught up. The sync is idempotent, so racing the job is harmless.
 */
async function readyRoom(deps: MeetingDeps, row: AppointmentRow): Promise<{ name: string; url: string }> {
  const current = async () =>
    (await deps.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, row.appointment.id)))[0];
  let room = await current();
  if (room?.status !== 'ready' || !room.url) {
    try {
      await syncRoom(deps, row.appointment.id);
    } catch (error) {
      deps.log.warn({ err: error, appointmentId: row.appointment.id }, 'room not ready at join time');
      throw new AppError('SERVICE_UNAVAILABLE', said('errors.join.roomNotReady'), {
        retryAfterSeconds: 30,
      });
    }
    room = await current();
  }
  return { name: room!.name, url: room!.url! };
}
