import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { attendanceByTeacher, type TeacherAttendance } from './attendance-report.ts';
import { bookingProgress, type BookingProgress } from './booking-progress.ts';
import { familiesNotBooked, type FamilyNotBooked } from './families-not-booked.ts';
import { resolveReportScope, type ReportScopeInput } from './report-scope.ts';

export interface BookingDashboard {
  /** The evening's name, or the period ("2030-03-05 to 2030-03-06"). */
  label: string;
  timeZone: string;
  progress: BookingProgress;
  notBooked: FamilyNotBooked[];
  attendance: TeacherAttendance[];
}

/** Everything the admin's dashboard shows for an evening or a period, read at one moment (one snapshot transaction). */
export async function getBookingDashboard(
  deps: Pick<CoreDeps, 'db'>,
  staff: StaffActor,
  input: ReportScopeInput,
): Promise<BookingDashboard> {
  const scope = await resolveReportScope(deps, staff, input);
  return deps.db.transaction(
    async (tx) => ({
      label: scope.label,
      timeZone: scope.timeZone,
      progress: await bookingProgress(tx, scope),
      notBooked: await familiesNotBooked(tx, scope),
      attendance: await attendanceByTeacher(tx, scope),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
