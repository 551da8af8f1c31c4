import { and, asc, eq, gte, inArray, isNull, lt, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { appointments, branches, meetingPresence } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { resolveBranchId } from '../directory/branches.ts';
import { selectAppointments, toAppointmentView, type AppointmentView } from '../appointments/appointment-view.ts';
import { getRunningLate, type RunningLateView } from './running-late.ts';

type RunningOrderPhase = 'done' | 'now' | 'next' | 'later';

interface RunningOrderItem {
  meeting: AppointmentView;
  phase: RunningOrderPhase;
  /** The slot's start, later by the teacher's lateness. */
  expectedStartsAt: string;
  expectedEndsAt: string;
  /** Parents knocking whom the server can name (they knocked from the signed-in parent app). */
  knocking: { name: string; isExpectedParent: boolean }[];
}

interface RunningOrder {
  /** The server's clock, so the portal's per-meeting timer runs on the same time as the cut-offs. */
  now: string;
  runningLate: RunningLateView | null;
  items: RunningOrderItem[];
}

/**
 * The teacher's meetings today (in their branch's zone), in order: done, the one now, the next, and
 * later ones, with who is knocking at each. Cancelled meetings are left out: nobody will come.
 */
export async function getRunningOrder(deps: Pick<CoreDeps, 'db' | 'clock'>, staff: StaffActor): Promise<RunningOrder> {
  const now = deps.clock.now();
  const [branch] = await deps.db
    .select({ timeZone: branches.timeZone })
    .from(branches)
    .where(eq(branches.id, resolveBranchId(staff, undefined)));
  const today = DateTime.fromJSDate(now, { zone: branch!.timeZone });
  const rows = await selectAppointments(
    deps.db,
    and(
      eq(appointments.teacherId, staff.id),
      ne(appointments.status, 'cancelled'),
      gte(appointments.startsAt, today.startOf('day').toJSDate()),
      lt(appointments.startsAt, today.endOf('day').toJSDate()),
    ),
  ).orderBy(asc(appointments.startsAt));
  const knockers = rows.length
    ? await deps.db
        .select({
          appointmentId: meetingPresence.appointmentId,
          userId: meetingPresence.userId,
          name: meetingPresence.userName,
        })
        .from(meetingPresence)
        .where(
          and(
            inArray(
              meetingPresence.appointmentId,
              rows.map((row) => row.appointment.id),
            ),
            eq(meetingPresence.kind, 'waiting'),
            eq(meetingPresence.role, 'guardian'),
            isNull(meetingPresence.leftAt),
          ),
        )
        .orderBy(asc(meetingPresence.joinedAt))
    : [];

  let current: 'before-now' | 'now-given' | 'next-given' = 'before-now';
  const items = rows.map((row): RunningOrderItem => {
    const meeting = toAppointmentView(row, staff, deps.clock);
    const late = (row.lateMinutes ?? 0) * 60_000;
    const expectedStartsAt = new Date(row.appointment.startsAt.getTime() + late);
    const finished = meeting.status === 'no_show' || meeting.endedAt !== null || now >= new Date(meeting.joinClosesAt);
    let phase: RunningOrderPhase = 'done';
    if (!finished) {
      const started = now >= expectedStartsAt || meeting.live.teacherInCall || meeting.live.parentInCall;
      if (current === 'before-now') {
        phase = started ? 'now' : 'next';
        current = started ? 'now-given' : 'next-given';
      } else if (current === 'now-given') {
        phase = 'next';
        current = 'next-given';
      } else {
        phase = 'later';
      }
    }
    return {
      meeting,
      phase,
      expectedStartsAt: expectedStartsAt.toISOString(),
      expectedEndsAt: new Date(row.appointment.endsAt.getTime() + late).toISOString(),
      knocking: knockers
        .filter((k) => k.appointmentId === row.appointment.id)
        .map((k) => ({ name: k.name ?? row.guardian.name, isExpectedParent: k.userId === row.appointment.guardianId })),
    };
  });
  return { now: now.toISOString(), runningLate: await getRunningLate(deps, staff), items };
}
