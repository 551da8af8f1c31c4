import { z } from 'zod';
import {
  endMeeting,
  getAttendance,
  getWebhookHealth,
  joinAsTeacher,
  listVouchedKnockers,
  reopenMeeting,
} from '@edutrack/core';
import { id } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

const meeting = z.object({ id: id('meeting') });

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

  /** Admins: whether Daily is still sending us webhooks (its last check), and skipped deliveries. */
  webhookHealth: staffProcedure.query(({ ctx }) => getWebhookHealth(ctx.deps, ctx.staff)),
});
