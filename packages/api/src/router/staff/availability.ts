import { z } from 'zod';
import { listTeacherSlots, publishSlots, removeSlots } from '@edutrack/core';
import { calendarDate, id, instant, wallClockTime } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

export const staffAvailabilityRouter = router({
  /** A run of slots in the branch's zone, e.g. 17:00-20:00 as 10-minute slots with 2-minute gaps. */
  publish: staffProcedure
    .input(
      z.object({
        branchId: id().optional(),
        teacherId: id().optional(),
        date: calendarDate,
        startTime: wallClockTime,
        endTime: wallClockTime,
        slotMinutes: z.number().int('Slot length is in whole minutes.').min(5).max(120),
        gapMinutes: z.number().int('The gap is in whole minutes.').min(0).max(60),
      }),
    )
    .mutation(({ ctx, input }) => publishSlots(ctx.deps, ctx.staff, input)),

  list: staffProcedure
    .input(z.object({ branchId: id().optional(), teacherId: id().optional(), from: instant, to: instant }))
    .query(({ ctx, input }) => listTeacherSlots(ctx.deps, ctx.staff, input)),

  remove: staffProcedure
    .input(
      z.object({
        slotIds: z.array(id()).min(1, 'Choose at least one slot.').max(200, 'Remove at most 200 slots at a time.'),
      }),
    )
    .mutation(({ ctx, input }) => removeSlots(ctx.deps, ctx.staff, input)),
});
