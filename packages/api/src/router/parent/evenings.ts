import { z } from 'zod';
import {
  adjustHeldMeeting,
  cancelEveningBooking,
  confirmItinerary,
  getEveningForGuardian,
  joinWaitlist,
  leaveWaitlist,
  listEveningsForGuardian,
  listFreeSlots,
  proposeItinerary,
  releaseHolds,
  sayIn,
  type ErrorKey,
  type Proposal,
} from '@edutrack/core';
import type { CatalogLocale } from '@edutrack/i18n';
import { id, instant } from '../../schemas.ts';
import { parentProcedure, router } from '../../trpc.ts';

/**
 * Parents' evenings in the parent app. Flow: `get` (countdown until `youMayBookFrom`) → `propose`
 * (an itinerary held for 2 minutes) → optionally `adjust` single meetings → `confirm` (all or nothing).
 * Every booking rule (opening, early access, closing, limits, household) is enforced here, not in the app.
 */
export const parentEveningsRouter = router({
  /** The evenings of the parent's children's branches that are not over yet. */
  list: parentProcedure.query(({ ctx }) => listEveningsForGuardian(ctx.deps, ctx.guardian)),

  /**
   * One evening as this family sees it: when they may book (early access), each child's teachers (and
   * joint meetings), their meetings, live holds and waiting-list entries, and the server's now for a
   * countdown. NOT_FOUND if none of their children is at its branch.
   */
  get: parentProcedure
    .input(z.object({ eveningId: id() }))
    .query(({ ctx, input }) => getEveningForGuardian(ctx.deps, ctx.guardian, input.eveningId)),

  /**
   * Proposes the shortest itinerary inside the window: per child the chosen teachers / joint meetings
   * (`targetIds` omitted: all of them), back to back across teachers and siblings, never overlapping,
   * and holds its slots for 2 minutes (replacing the family's earlier proposal). What cannot be served
   * comes back in `unserved` with the reason (full: join the waiting list). PRECONDITION_FAILED before
   * the family may book or after closing; NOT_FOUND for another family's child.
   */
  propose: parentProcedure
    .input(
      z.object({
        eveningId: id(),
        requests: z
          .array(z.object({ studentId: id(), targetIds: z.array(id()).max(20).optional() }))
          .min(1, 'errors.input.chooseChild' satisfies ErrorKey)
          .max(8),
        window: z.object({ from: instant, to: instant }).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      inLanguage(ctx.language, await proposeItinerary(ctx.deps, ctx.guardian, input)),
    ),

  /**
   * Swaps one held meeting for another free slot of the same teacher (or joint meeting), keeping the
   * rest of the proposal. CONFLICT if the new slot was taken or overlaps another held meeting;
   * PRECONDITION_FAILED if the hold already ran out.
   */
  adjust: parentProcedure
    .input(z.object({ eveningId: id(), heldSlotId: id(), newSlotId: id() }))
    .mutation(async ({ ctx, input }) =>
      inLanguage(ctx.language, await adjustHeldMeeting(ctx.deps, ctx.guardian, input)),
    ),

  /** Free slots of one teacher (or joint meeting) for a child, to pick from when adjusting. */
  freeSlots: parentProcedure
    .input(z.object({ eveningId: id(), studentId: id(), targetId: id() }))
    .query(({ ctx, input }) => listFreeSlots(ctx.deps, ctx.guardian, input)),

  /**
   * Books every held slot listed at once, in one transaction: all or nothing. PRECONDITION_FAILED
   * when a hold ran out (nothing is booked; propose again), CONFLICT when a limit or the household rule
   * would be broken. Sends one confirmation email with one calendar file (and a push).
   * A waiting-list offer is confirmed the same way (its slot is a held slot of kind 'offer').
   * Repeating a confirm that succeeded (a lost answer) returns the same meetings and books nothing new.
   */
  confirm: parentProcedure
    .input(
      z.object({
        eveningId: id(),
        slotIds: z
          .array(id())
          .min(1, 'errors.input.nothingToConfirm' satisfies ErrorKey)
          .max(40),
      }),
    )
    .mutation(({ ctx, input }) => confirmItinerary(ctx.deps, ctx.guardian, input)),

  /** Lets go of the family's proposal holds (e.g. the parent left the page). Waiting-list offers stay. */
  release: parentProcedure
    .input(z.object({ eveningId: id() }))
    .mutation(({ ctx, input }) => releaseHolds(ctx.deps, ctx.guardian, input.eveningId)),

  /**
   * Cancels one of the family's evening meetings. PRECONDITION_FAILED after closing unless the evening
   * lets parents change bookings then. The freed slot goes to the waiting list.
   */
  cancel: parentProcedure
    .input(z.object({ appointmentId: id() }))
    .mutation(({ ctx, input }) => cancelEveningBooking(ctx.deps, ctx.guardian, input)),

  /** Joins a teacher's (or joint meeting's lead's) waiting list for a child. CONFLICT if already on it or booked. */
  joinWaitlist: parentProcedure
    .input(z.object({ eveningId: id(), studentId: id(), targetId: id() }))
    .mutation(({ ctx, input }) => joinWaitlist(ctx.deps, ctx.guardian, input)),

  /** Leaves a waiting list (an open offer's hold is let go and passes on). */
  leaveWaitlist: parentProcedure
    .input(z.object({ entryId: id() }))
    .mutation(({ ctx, input }) => leaveWaitlist(ctx.deps, ctx.guardian, input.entryId)),
});

/** A proposal with why each request was left out written in the language of the app that asked. */
function inLanguage(language: CatalogLocale, proposal: Proposal) {
  return { ...proposal, unserved: proposal.unserved.map((u) => ({ ...u, message: sayIn(language, u.message) })) };
}
