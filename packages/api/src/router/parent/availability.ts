import { z } from 'zod';
import { listOpenSlotsForGuardian } from '@edutrack/core';
import { id, instant } from '../../schemas.ts';
import { parentProcedure, router } from '../../trpc.ts';

export const parentAvailabilityRouter = router({
  /** Slots the parent's children's teachers published and nobody has booked yet. */
  openSlots: parentProcedure
    .input(
      z.object({
        teacherId: id().optional(),
        studentId: id().optional(),
        from: instant.optional(),
        to: instant.optional(),
      }),
    )
    .query(({ ctx, input }) => listOpenSlotsForGuardian(ctx.deps, ctx.guardian, input)),
});
