import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { planReminders } from './plan-reminders.ts';
import { sendReminder } from './send-reminder.ts';

/**
 * (Re)plans a meeting's reminders: queued by every booking, move and settings change, in the
 * transaction of that change.
 */
export const reminderPlanJob = defineJob({
  name: 'reminders:plan',
  payload: z.object({ appointmentId: z.uuid() }),
  maxAttempts: 10,
  jobKey: { prefix: 'reminders-plan:', field: 'appointmentId' },
  async run(deps, { appointmentId }, log) {
    log.debug(`reminders for ${appointmentId}: ${await planReminders(deps, appointmentId)}`);
  },
});

/**
 * One reminder of one meeting, due at run_at. The key (meeting, offset) means a re-plan after a
 * move replaces the pending job's time instead of adding a second job.
 */
export const reminderSendJob = defineJob({
  name: 'reminders:send',
  payload: z.object({ appointmentId: z.uuid(), offsetMinutes: z.number().int().positive() }),
  maxAttempts: 10,
  jobKey: { prefix: 'reminder:', field: ['appointmentId', 'offsetMinutes'] },
  async run(deps, { appointmentId, offsetMinutes }, log) {
    log.debug(`reminder ${appointmentId}/${offsetMinutes}: ${await sendReminder(deps, appointmentId, offsetMinutes)}`);
  },
});
