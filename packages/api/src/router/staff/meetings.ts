import { z } from 'zod';
import {
  endMeeting,
  getAttendance,
  getRunningOrder,
  getWebhookHealth,
  joinAsTeacher,
  listVouchedKnockers,
  MAX_RUNNING_LATE_MINUTES,
  MEET_NOW_MINUTES,
  meetNow,
  reopenMeeting,
  setRunningLate,
} from '@edutrack/core';
import { id, idempotencyKey, topic } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

const meeting = z.object({ id: id() });

export const staffMeetingsRouter = router({
  /** Room URL + a fresh owner token, only for the meeting's teacher and only inside its window. */
  join: staffProcedure.input(meeting).mutation(({ ctx, input }) => joinAsTeacher(ctx.deps, ctx.staff, input.id)),

  /** Knockers the server vouches for (the child's parent), to mark them apart from unknown guests. */
  lobby: staffProcedure.input(meeting).query(({ ctx, input }) => listVouchedKnockers(ctx.deps, ctx.staff, input.id)),

  /** "End meeting for everyone": closes the meeting; the room sync job removes everyone and the room. */
  end: staffProcedure.input(meeting).mutation(({ ctx, input }) => endMeeting(ctx.deps, ctx.staff, input.id)),

  /** Undoes an end made by mistake, while the meeting's window is still open and its time still free. */
  reopen: staffProcedure.input(meeting).mutation(({ ctx, input }) => reopenMeeting(ctx.deps, ctx.staff, input.id)),

  attendance: staffProcedure.input(meeting).query(({ ctx, input }) => getAttendance(ctx.deps, ctx.staff, input.id)),

  /** The teacher's meetings today: done / now / next / later, who is knocking, and their lateness. */
  runningOrder: staffProcedure.query(({ ctx }) => getRunningOrder(ctx.deps, ctx.staff)),

  /** "Running about N minutes late" (0: on time again); every family still to come today sees it. */
  runningLate: staffProcedure
    .input(
      z.object({
        minutes: z
          .number()
          .int('Give the delay in whole minutes.')
          .min(0, 'The delay cannot be negative.')
          .max(
            MAX_RUNNING_LATE_MINUTES,
            `Running more than ${MAX_RUNNING_LATE_MINUTES / 60} hours late? Cancel or move the meetings instead.`,
          ),
      }),
    )
    .mutation(({ ctx, input }) => setRunningLate(ctx.deps, ctx.staff, input)),

  /** "Meet now": an unscheduled call with a parent of one of the teacher's students, starting this minute. */
  meetNow: staffProcedure
    .input(
      z.object({
        guardianId: id(),
        studentId: id(),
        minutes: z
          .number()
          .refine((m) => (MEET_NOW_MINUTES as readonly number[]).includes(m), 'Choose one of the offered lengths.'),
        topic,
        idempotencyKey: idempotencyKey.optional(),
      }),
    )
    .mutation(({ ctx, input }) => meetNow(ctx.deps, ctx.staff, input)),

  /** Admins: whether Daily is still sending us webhooks (its last check), and skipped deliveries. */
  webhookHealth: staffProcedure.query(({ ctx }) => getWebhookHealth(ctx.deps, ctx.staff)),
});
