import { z } from 'zod';
import { endMeetingNow, getAttendance, getWebhookHealth, joinAsTeacher, listVouchedKnockers } from '@edutrack/core';
import { id } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

const meeting = z.object({ id: id('meeting') });

export const staffMeetingsRouter = router({
  /** Room URL + a fresh owner token, only for the meeting's teacher and only inside its window. */
  join: staffProcedure.input(meeting).mutation(({ ctx, input }) => joinAsTeacher(ctx.deps, ctx.staff, input.id)),

  /** Knockers the server vouches for (the child's parent), to mark them apart from unknown guests. */
  lobby: staffProcedure.input(meeting).query(({ ctx, input }) => listVouchedKnockers(ctx.deps, ctx.staff, input.id)),

  /** "End meeting for everyone": ejects everyone from the room now. */
  end: staffProcedure.input(meeting).mutation(({ ctx, input }) => endMeetingNow(ctx.deps, ctx.staff, input.id)),

  attendance: staffProcedure.input(meeting).query(({ ctx, input }) => getAttendance(ctx.deps, ctx.staff, input.id)),

  /** Admins: whether Daily is still sending us webhooks (its last check), and skipped deliveries. */
  webhookHealth: staffProcedure.query(({ ctx }) => getWebhookHealth(ctx.deps, ctx.staff)),
});
