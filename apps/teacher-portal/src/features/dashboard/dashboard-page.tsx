import { useState } from 'react';
import { useNow } from '@edutrack/web-kit';
import type { ReportScope } from '../../api/types.ts';
import { useBookingDashboard, useBranchEvenings } from '../../api/use-reports.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { addDays, todayIn } from '../../lib/zoned-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { BookingProgressSection } from './booking-progress-section.tsx';
import { NotBookedSection } from './not-booked-section.tsx';
import { defaultEvening, ReportChoiceFields, type ReportChoice } from './report-choice.tsx';
import { TeacherAttendanceSection } from './teacher-attendance-section.tsx';

/** Without an evening to report on: the next two weeks of meetings. */
const DEFAULT_DAYS = 14;

/** Branch admins: booking progress, families who have not booked, attendance, and their CSV files. */
export function DashboardPage() {
  const { isAdmin } = useWorkspace();
  return (
    <>
      <h1>Booking dashboard</h1>
      {isAdmin ? (
        <AdminDashboard />
      ) : (
        <p role="alert" className="problem">
          The booking dashboard is for branch admins. Ask your branch admin if you need its figures.
        </p>
      )}
    </>
  );
}

function AdminDashboard() {
  const { branch } = useWorkspace();
  const today = todayIn(branch.timeZone, useNow(60_000));
  const defaultPeriod = { firstDay: today, lastDay: addDays(today, DEFAULT_DAYS - 1) };
  const evenings = useBranchEvenings();
  const [chosen, setChosen] = useState<ReportChoice | null>(null);
  if (evenings.isError) return <QueryProblem error={evenings.error} onRetry={() => void evenings.refetch()} />;
  if (!evenings.data) return <p className="muted">Loading the branch&apos;s evenings…</p>;
  const fallback = defaultEvening(evenings.data);
  const choice = chosen ?? (fallback ? { eveningId: fallback.id } : defaultPeriod);
  const scope: ReportScope = 'eveningId' in choice ? choice : { branchId: branch.id, ...choice };
  return (
    <>
      <ReportChoiceFields
        evenings={evenings.data}
        choice={choice}
        onChange={setChosen}
        defaultPeriod={defaultPeriod}
        timeZone={branch.timeZone}
      />
      <DashboardSections scope={scope} />
    </>
  );
}

function DashboardSections({ scope }: { scope: ReportScope }) {
  const dashboard = useBookingDashboard(scope);
  if (dashboard.isError) return <QueryProblem error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <p className="muted">Loading the figures…</p>;
  const { progress, notBooked, attendance, timeZone } = dashboard.data;
  return (
    <>
      <BookingProgressSection progress={progress} scope={scope} />
      <NotBookedSection families={notBooked} timeZone={timeZone} scope={scope} />
      <TeacherAttendanceSection attendance={attendance} scope={scope} />
    </>
  );
}
