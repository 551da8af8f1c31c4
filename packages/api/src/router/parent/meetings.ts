import { z } from 'zod';
import { isTeacherInCall, joinAsParent, recordKnock, rejoinAsParent } from '@edutrack/core';
import { id, lobbySessionId } from '../../schemas.ts';
import { parentProcedure, router } from '../../trpc.ts';

export const parentMeetingsRouter = router({
  /** Room URL + a fresh knocking token under the parent's name, only inside the meeting's window. */
  join: parentProcedure
    .input(z.object({ id: id() }))
    .mutation(({ ctx, input }) => joinAsParent(ctx.deps, ctx.guardian, input.id)),

  /**
   * After a dropped connection: a token that skips the lobby, only for a parent the teacher already
   * let into this meeting, and only inside its window (docs/decisions/018).
   */
  rejoin: parentProcedure
    .input(z.object({ id: id() }))
    .mutation(({ ctx, input }) => rejoinAsParent(ctx.deps, ctx.guardian, input.id)),

  /** Whether the teacher is in the call yet, from Daily's presence (the lobby cannot see the call). */
  teacherPresence: parentProcedure
    .input(z.object({ id: id() }))
    .query(({ ctx, input }) => isTeacherInCall(ctx.deps, ctx.guardian, input.id)),

  /** Right after knocking: "this lobby session is me", so the teacher sees the expected parent at once. */
  knocking: parentProcedure
    .input(
      z.object({
        id: id(),
        sessionId: lobbySessionId,
      }),
    )
    .mutation(({ ctx, input }) =>
      recordKnock(ctx.deps, ctx.guardian, { appointmentId: input.id, sessionId: input.sessionId }),
    ),
});
