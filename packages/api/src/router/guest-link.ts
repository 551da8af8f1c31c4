import { z } from 'zod';
import { joinAsInvitee, previewInvitation, recordInviteeKnock } from '@edutrack/core';
import { lobbySessionId, opaqueToken } from '../schemas.ts';
import { publicProcedure, router } from '../trpc.ts';

const link = z.object({ token: opaqueToken });

/**
 * What a parent's invitation link opens, with no session: the token (in the body, never in a URL, so
 * it stays out of request logs) is the only credential, and only for its meeting. Mutations for that
 * reason, including the read.
 */
export const guestLinkRouter = router({
  meeting: publicProcedure.input(link).mutation(({ ctx, input }) => previewInvitation(ctx.deps, input.token)),

  join: publicProcedure.input(link).mutation(({ ctx, input }) => joinAsInvitee(ctx.deps, input.token)),

  knocking: publicProcedure
    .input(z.object({ token: opaqueToken, sessionId: lobbySessionId }))
    .mutation(({ ctx, input }) => recordInviteeKnock(ctx.deps, input)),
});
