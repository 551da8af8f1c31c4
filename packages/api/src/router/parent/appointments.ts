import { z } from 'zod';
import { bookSlot, cancelAppointment, getAppointment, listAppointments, rescheduleByGuardian } from '@edutrack/core';
import { cancelReason, id, idempotencyKey, meetingListInput, topic } from '../../schemas.ts';
import { parentProcedure, parentWriteProcedure, router } from '../../trpc.ts';

export const parentAppointmentsRouter = router({
  list: parentProcedure
    .input(meetingListInput.extend({ studentId: id().optional() }))
    .query(({ ctx, input }) => listAppointments(ctx.deps, ctx.guardian, input)),

  get: parentProcedure
    .input(z.object({ id: id() }))
    .query(({ ctx, input }) => getAppointment(ctx.deps, ctx.guardian, input.id)),

  book: parentWriteProcedure
    .input(z.object({ slotId: id(), studentId: id(), topic, idempotencyKey: idempotencyKey.optional() }))
    .mutation(({ ctx, input }) => bookSlot(ctx.deps, ctx.parent, input)),

  reschedule: parentProcedure
    .input(z.object({ id: id(), slotId: id() }))
    .mutation(({ ctx, input }) => rescheduleByGuardian(ctx.deps, ctx.guardian, input)),

  cancel: parentProcedure
    .input(z.object({ id: id(), reason: cancelReason.optional() }))
    .mutation(({ ctx, input }) => cancelAppointment(ctx.deps, ctx.guardian, input)),
});
