import { eq } from 'drizzle-orm';
import { appointments, branches, type Executor } from '@edutrack/db';

/** The facts a reminder decision needs, as they are now. */
export async function readMeetingForReminder(db: Executor, appointmentId: string) {
  const [row] = await db
    .select({
      id: appointments.id,
      status: appointments.status,
      startsAt: appointments.startsAt,
      guardianId: appointments.guardianId,
      schoolId: branches.schoolId,
    })
    .from(appointments)
    .innerJoin(branches, eq(branches.id, appointments.branchId))
    .where(eq(appointments.id, appointmentId));
  return row;
}
