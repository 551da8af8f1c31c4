import { z } from 'zod';
import {
  getReminderSettings,
  listUndeliveredEmails,
  MAX_REMINDER_MINUTES,
  MAX_REMINDERS,
  MIN_REMINDER_MINUTES,
  updateReminderSettings,
} from '@edutrack/core';
import { id } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

const offsetMinutes = z
  .number()
  .int('Give reminder times in whole minutes.')
  .min(MIN_REMINDER_MINUTES, `A reminder must go at least ${MIN_REMINDER_MINUTES} minutes before the meeting.`)
  .max(MAX_REMINDER_MINUTES, 'A reminder can go at most 14 days before the meeting.');

/** Branch admins: the school's reminders, and mail that could not be delivered. */
export const staffNotificationsRouter = router({
  reminderSettings: staffProcedure
    .input(z.object({ branchId: id() }))
    .query(({ ctx, input }) => getReminderSettings(ctx.deps, ctx.staff, input.branchId)),

  updateReminderSettings: staffProcedure
    .input(
      z.object({
        branchId: id(),
        offsetsMinutes: z.array(offsetMinutes).max(MAX_REMINDERS, `Choose at most ${MAX_REMINDERS} reminder times.`),
        emailEnabled: z.boolean(),
        pushEnabled: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => updateReminderSettings(ctx.deps, ctx.staff, input)),

  undeliveredEmails: staffProcedure.query(({ ctx }) => listUndeliveredEmails(ctx.deps, ctx.staff)),
});
