import { z } from 'zod';
import { exportReportCsv, getBookingDashboard, nudgeFamilies, REPORT_KINDS } from '@edutrack/core';
import { calendarDate, id } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

/** A parents' evening, or a period of days of a branch (both days included). */
const scope = z.union(
  [z.object({ eveningId: id() }), z.object({ branchId: id(), firstDay: calendarDate, lastDay: calendarDate })],
  "Choose a parents' evening, or the first and last day of the period.",
);

/**
 * Branch admins: booking progress, families who have not booked (and reminding them), attendance,
 * and each as CSV (docs/decisions/019-evening-dashboard-and-reports.md).
 */
export const staffReportsRouter = router({
  dashboard: staffProcedure.input(scope).query(({ ctx, input }) => getBookingDashboard(ctx.deps, ctx.staff, input)),

  exportCsv: staffProcedure
    .input(scope.and(z.object({ report: z.enum(REPORT_KINDS, 'Choose which report to export.') })))
    .query(({ ctx, input }) => exportReportCsv(ctx.deps, ctx.staff, input)),

  nudge: staffProcedure
    .input(
      scope.and(
        z.object({
          guardianIds: z
            .array(id())
            .min(1, 'Choose at least one family to remind.')
            .max(500, 'Remind at most 500 families at a time.'),
        }),
      ),
    )
    .mutation(({ ctx, input }) => nudgeFamilies(ctx.deps, ctx.staff, input)),
});
