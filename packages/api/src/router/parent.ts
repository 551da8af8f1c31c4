import { z } from 'zod';
import {
  bookSlot,
  cancelAppointment,
  getAppointment,
  listAppointments,
  listMyChildren,
  listOpenSlotsForGuardian,
  listTeachersOfMyChildren,
  rescheduleByGuardian,
} from '@edutrack/core';
import { cancelReason, id, idempotencyKey, instant, topic } from '../schemas.ts';
import { parentProcedure, router } from '../trpc.ts';
import { parentMeetingsRouter } from './parent-meetings.ts';
import { parentPushRouter } from './parent-push.ts';
import { listInput } from './staff-appointments.ts';

export const parentRouter = router({
  children: parentProcedure.query(({ ctx }) => listMyChildren(ctx.deps, ctx.guardian)),

  teachers: parentProcedure.query(({ ctx }) => listTeachersOfMyChildren(ctx.deps, ctx.guardian)),

  openSlots: parentProcedure
    .input(
      z.object({
        teacherId: id('teacher').optional(),
        studentId: id('child').optional(),
        from: instant.optional(),
        to: instant.optional(),
      }),
    )
    .query(({ ctx, input }) => listOpenSlotsForGuardian(ctx.deps, ctx.guardian, input)),

  appointments: router({
    list: parentProcedure
      .input(listInput.extend({ studentId: id('child').optional() }))
      .query(({ ctx, input }) => listAppointments(ctx.deps, ctx.guardian, input)),

    get: parentProcedure
      .input(z.object({ id: id('meeting') }))
      .query(({ ctx, input }) => getAppointment(ctx.deps, ctx.guardian, input.id)),

    book: parentProcedure
      .input(
        z.object({ slotId: id('time slot'), studentId: id('child'), topic, idempotencyKey: idempotencyKey.optional() }),
      )
      .mutation(({ ctx, input }) => bookSlot(ctx.deps, ctx.guardian, input)),

    reschedule: parentProcedure
      .input(z.object({ id: id('meeting'), slotId: id('time slot') }))
      .mutation(({ ctx, input }) => rescheduleByGuardian(ctx.deps, ctx.guardian, input)),

    cancel: parentProcedure
      .input(z.object({ id: id('meeting'), reason: cancelReason.optional() }))
      .mutation(({ ctx, input }) => cancelAppointment(ctx.deps, ctx.guardian, input)),
  }),

  meetings: parentMeetingsRouter,

  push: parentPushRouter,
});
