import { useState } from 'react';
import { useNow } from '@edutrack/web-kit';
import type { ReportPeriod } from '../../api/types.ts';
import { useBookingDashboard } from '../../api/use-reports.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { addDays, todayIn } from '../../lib/zoned-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { BookingProgressSection } from './booking-progress-section.tsx';
import { NotBookedSection } from './not-booked-section.tsx';
import { TeacherAttendanceSection } from './teacher-attendance-section.tsx';

/** The default period: the next two weeks, where a parents' evening being booked now usually falls. */
const DEFAULT_DAYS = 14;

/** Branch admins: booking progress, families who have not booked, attendance, and their CSV files. */
export function DashboardPage() {
  const { isAdmin, branch } = useWorkspace();
  const today = todayIn(branch.timeZone, useNow(60_000));
  const [period, setPeriod] = useState<ReportPeriod>({ firstDay: today, lastDay: addDays(today, DEFAULT_DAYS - 1) });
  if (!isAdmin) {
    return (
      <>
        <h1>Booking dashboard</h1>
        <p role="alert" className="problem">
          The booking dashboard is for branch admins. Ask your branch admin if you need its figures.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Booking dashboard</h1>
      <PeriodFields period={period} onChange={setPeriod} timeZone={branch.timeZone} />
      <DashboardSections period={period} />
    </>
  );
}

function PeriodFields({
  period,
  onChange,
  timeZone,
}: {
  period: ReportPeriod;
  onChange: (period: ReportPeriod) => void;
  timeZone: string;
}) {
  return (
    <fieldset className="panel">
      <legend>Meetings in the period</legend>
      <div className="row">
        <div className="field">
          <label htmlFor="period-first-day">First day</label>
          <input
            id="period-first-day"
            type="date"
            value={period.firstDay}
            onChange={(e) => e.target.value && onChange({ ...period, firstDay: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="period-last-day">Last day</label>
          <input
            id="period-last-day"
            type="date"
            value={period.lastDay}
            onChange={(e) => e.target.value && onChange({ ...period, lastDay: e.target.value })}
          />
        </div>
      </div>
      <p className="hint">Days in the branch&apos;s time zone ({timeZone}). The figures refresh every 30 seconds.</p>
    </fieldset>
  );
}

function DashboardSections({ period }: { period: ReportPeriod }) {
  const dashboard = useBookingDashboard(period);
  if (dashboard.isError) return <QueryProblem error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <p className="muted">Loading the figures…</p>;
  const { progress, notBooked, attendance, timeZone } = dashboard.data;
  return (
    <>
      <BookingProgressSection progress={progress} period={period} />
      <NotBookedSection families={notBooked} timeZone={timeZone} period={period} />
      <TeacherAttendanceSection attendance={attendance} period={period} />
    </>
  );
}
