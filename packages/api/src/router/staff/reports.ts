import { z } from 'zod';
import { exportReportCsv, getBookingDashboard, nudgeFamilies, REPORT_KINDS } from '@edutrack/core';
import { calendarDate, id } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

const period = z.object({ branchId: id('branch'), firstDay: calendarDate, lastDay: calendarDate });

/** Branch admins: booking progress, families who have not booked (and nudging them), attendance, CSV. */
export const staffReportsRouter = router({
  dashboard: staffProcedure.input(period).query(({ ctx, input }) => getBookingDashboard(ctx.deps, ctx.staff, input)),

  exportCsv: staffProcedure
    .input(period.extend({ report: z.enum(REPORT_KINDS, 'Choose which report to export.') }))
    .query(({ ctx, input }) => exportReportCsv(ctx.deps, ctx.staff, input)),

  nudge: staffProcedure
    .input(
      period.extend({
        guardianIds: z
          .array(id('family'))
          .min(1, 'Choose at least one family to remind.')
          .max(500, 'Remind at most 500 families at a time.'),
      }),
    )
    .mutation(({ ctx, input }) => nudgeFamilies(ctx.deps, ctx.staff, input)),
});
