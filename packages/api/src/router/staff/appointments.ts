import { z } from 'zod';
import {
  cancelAppointment,
  getAppointment,
  listAppointments,
  rescheduleByStaff,
  scheduleMeeting,
} from '@edutrack/core';
import { cancelReason, id, idempotencyKey, instant, meetingListInput, topic } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

export const staffAppointmentsRouter = router({
  list: staffProcedure
    .input(meetingListInput.extend({ teacherId: id().optional(), studentId: id().optional() }))
    .query(({ ctx, input }) => listAppointments(ctx.deps, ctx.staff, input)),

  get: staffProcedure
    .input(z.object({ id: id() }))
    .query(({ ctx, input }) => getAppointment(ctx.deps, ctx.staff, input.id)),

  schedule: staffProcedure
    .input(
      z.object({
        teacherId: id().optional(),
        guardianId: id(),
        studentId: id(),
        startsAt: instant,
        endsAt: instant,
        topic,
        idempotencyKey: idempotencyKey.optional(),
      }),
    )
    .mutation(({ ctx, input }) => scheduleMeeting(ctx.deps, ctx.staff, input)),

  reschedule: staffProcedure
    .input(z.object({ id: id(), startsAt: instant, endsAt: instant }))
    .mutation(({ ctx, input }) => rescheduleByStaff(ctx.deps, ctx.staff, input)),

  cancel: staffProcedure
    .input(z.object({ id: id(), reason: cancelReason.min(1, 'Tell the parent why the meeting is cancelled.') }))
    .mutation(({ ctx, input }) => cancelAppointment(ctx.deps, ctx.staff, input)),
});
