import { eq } from 'drizzle-orm';
import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { dailyWebhookEvents } from '@edutrack/db';
import { applyMeetingEvent, JOB, reconcileRooms, syncRoom, type MeetingDeps } from '@edutrack/core';
import { dailyWebhookEventSchema } from '@edutrack/daily';

const appointmentPayload = z.object({ appointmentId: z.uuid() });
const webhookPayload = z.object({ eventId: z.string() });

/** The sweep runs every minute; its job key keeps one run at a time across every worker. */
export const MEETING_CRONTAB = `* * * * * ${JOB.reconcileRooms} ?jobKey=${JOB.reconcileRooms}&max=1`;

/**
 * Job handlers. Each re-reads current state, so a retried, duplicated or late job does the right
 * thing; a throw makes graphile-worker retry it with exponential backoff.
 */
export function meetingTasks(deps: MeetingDeps): TaskList {
  return {
    [JOB.roomSync]: async (payload, helpers) => {
      const { appointmentId } = appointmentPayload.parse(payload);
      const outcome = await syncRoom(deps, appointmentId);
      helpers.logger.debug(`room sync ${appointmentId}: ${outcome}`);
    },

    [JOB.reconcileRooms]: async (_payload, helpers) => {
      const report = await reconcileRooms(deps);
      if (report.resynced || report.orphansDeleted || report.completed || report.noShow) {
        helpers.logger.info(`reconcile: ${JSON.stringify(report)}`);
      }
    },

    [JOB.dailyWebhook]: async (payload) => {
      const { eventId } = webhookPayload.parse(payload);
      const [stored] = await deps.db.select().from(dailyWebhookEvents).where(eq(dailyWebhookEvents.id, eventId));
      if (!stored || stored.processedAt) return;
      const event = dailyWebhookEventSchema.parse(stored.payload);
      await applyMeetingEvent(deps, event);
      await deps.db
        .update(dailyWebhookEvents)
        .set({ processedAt: deps.clock.now() })
        .where(eq(dailyWebhookEvents.id, eventId));
    },
  };
}
