import { z } from 'zod';
import {
  importRoster,
  listBranchClasses,
  isValidTimeZone,
  listBranchTeachers,
  listMyBranches,
  MAX_CALL_HANDOVER_MINUTES,
  listStudentsForStaff,
  resolveBranchId,
  updateBranch,
} from '@edutrack/core';
import { SCHOOL_LOCALES } from '@edutrack/i18n';
import { id, searchText, text } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

export const staffDirectoryRouter = router({
  branches: staffProcedure.query(({ ctx }) => listMyBranches(ctx.deps, ctx.staff)),

  /** An admin sees every teacher of the branch (to switch agendas); a teacher sees themself. */
  teachers: staffProcedure
    .input(z.object({ branchId: id().optional() }).optional())
    .query(({ ctx, input }) => listBranchTeachers(ctx.deps, ctx.staff, resolveBranchId(ctx.staff, input?.branchId))),

  /** Admins: the branch's classes with their year group and teachers (who a parents' evening is for). */
  classes: staffProcedure
    .input(z.object({ branchId: id() }))
    .query(({ ctx, input }) => listBranchClasses(ctx.deps, ctx.staff, input.branchId)),

  /** Students (with their parents) the caller may schedule with; search by child or parent name. */
  students: staffProcedure
    .input(
      z.object({
        branchId: id().optional(),
        search: searchText.optional(),
        teacherId: id().optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listStudentsForStaff(ctx.deps, ctx.staff, { ...input, branchId: resolveBranchId(ctx.staff, input.branchId) }),
    ),

  updateBranch: staffProcedure
    .input(
      z.object({
        branchId: id(),
        name: z
          .string()
          .trim()
          .min(1, 'The branch needs a name.')
          .max(120, 'Keep the name under 120 characters.')
          .optional(),
        timeZone: z
          .string()
          .max(64)
          .refine(isValidTimeZone, 'That is not a time zone we know. Use an IANA name such as Europe/London.')
          .optional(),
        /** The portal's "Language and region": how dates and times read for staff (and the call screens). */
        locale: z.enum(SCHOOL_LOCALES, 'Choose the language and region from the list.').optional(),
        callHandoverMinutes: z
          .number()
          .int('Use whole minutes for the handover.')
          .min(0, 'The handover cannot be negative.')
          .max(MAX_CALL_HANDOVER_MINUTES, `Keep the handover to ${MAX_CALL_HANDOVER_MINUTES} minutes or less.`)
          .optional(),
        guestsAllowed: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const branch = await updateBranch(ctx.deps, ctx.staff, input);
      return {
        id: branch.id,
        name: branch.name,
        timeZone: branch.timeZone,
        locale: branch.locale,
        callHandoverMinutes: branch.callHandoverMinutes,
        guestsAllowed: branch.guestsAllowed,
      };
    }),

  /** All rows or none; `dryRun` previews the exact outcome. Per-row problems come back in `issues`. */
  importRoster: staffProcedure
    .input(
      z.object({
        branchId: id(),
        csv: text().min(1, 'Choose a CSV file first.'),
        dryRun: z.boolean(),
        /** The preview's confirmationKey: applies the changes to existing children it listed. */
        confirmedChanges: text().max(100).optional(),
      }),
    )
    .mutation(({ ctx, input }) => importRoster(ctx.deps, ctx.staff, input)),
});
