import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { attendanceByTeacher, type TeacherAttendance } from './attendance-report.ts';
import { bookingProgress, type BookingProgress } from './booking-progress.ts';
import { familiesNotBooked, type FamilyNotBooked } from './families-not-booked.ts';
import { resolveReportScope, type ReportPeriodInput } from './report-scope.ts';

export interface BookingDashboard {
  timeZone: string;
  progress: BookingProgress;
  notBooked: FamilyNotBooked[];
  attendance: TeacherAttendance[];
}

/** Everything the admin's dashboard shows for a period, read at one moment (one snapshot transaction). */
export async function getBookingDashboard(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: ReportPeriodInput,
): Promise<BookingDashboard> {
  const scope = await resolveReportScope(deps, staff, input);
  return deps.db.transaction(
    async (tx) => ({
      timeZone: scope.timeZone,
      progress: await bookingProgress(tx, scope),
      notBooked: await familiesNotBooked(tx, scope),
      attendance: await attendanceByTeacher(tx, scope),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
