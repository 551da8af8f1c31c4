import { z } from 'zod';
import { emailSchema, getMeetingGuests, inviteToMeeting, withdrawInvitation } from '@edutrack/core';
import { id, inviteeRole } from '../../schemas.ts';
import { parentProcedure, router } from '../../trpc.ts';

const meeting = z.object({ id: id() });

/** One more person in a meeting: the child's other parent, or a guest by email (an interpreter). */
export const parentGuestsRouter = router({
  /** Who is invited, whom the parent could invite, and whether the school allows it. */
  get: parentProcedure.input(meeting).query(({ ctx, input }) => getMeetingGuests(ctx.deps, ctx.guardian, input.id)),

  invite: parentProcedure
    .input(
      z.object({
        id: id(),
        invitee: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('other-parent'), guardianId: id() }),
          z.object({ kind: z.literal('guest'), email: emailSchema, roleLabel: inviteeRole }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) =>
      inviteToMeeting(ctx.deps, ctx.guardian, { appointmentId: input.id, invitee: input.invitee }),
    ),

  /** The link stops working; a guest already in the call is removed. */
  withdraw: parentProcedure
    .input(meeting)
    .mutation(({ ctx, input }) => withdrawInvitation(ctx.deps, ctx.guardian, input.id)),
});
