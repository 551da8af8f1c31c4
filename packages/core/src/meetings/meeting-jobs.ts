import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { dailyWebhookEvents } from '@edutrack/db';
import { dailyWebhookEventSchema } from '@edutrack/daily';
import { defineJob } from '../jobs/define-job.ts';
import { reconcileRooms } from './reconcile-rooms.ts';
import { syncRoom } from './sync-room.ts';
import { applyMeetingEvent } from './webhook-events.ts';
import { checkWebhookHealth } from './webhook-health.ts';

/** Makes the appointment's Daily room match the appointment as it is when the job runs. */
export const roomSyncJob = defineJob({
  name: 'room:sync',
  payload: z.object({ appointmentId: z.uuid() }),
  maxAttempts: 25,
  jobKey: { prefix: 'room-sync:', field: 'appointmentId' },
  async run(deps, { appointmentId }, log) {
    const outcome = await syncRoom(deps, appointmentId);
    log.debug(`room sync ${appointmentId}: ${outcome}`);
  },
});

/** The periodic sweep: rooms both ways, and meeting outcomes. */
export const reconcileRoomsJob = defineJob({
  name: 'rooms:reconcile',
  payload: z.object({}),
  maxAttempts: 25,
  jobKey: { prefix: 'rooms:reconcile' },
  schedule: '* * * * *',
  async run(deps, _payload, log) {
    const report = await reconcileRooms(deps);
    if (report.resynced || report.orphansDeleted || report.completed || report.noShow) {
      log.info(`reconcile: ${JSON.stringify(report)}`);
    }
  },
});

/** Applies one stored Daily webhook event to attendance. */
export const dailyWebhookJob = defineJob({
  name: 'daily:webhook',
  payload: z.object({ eventId: z.string().min(1) }),
  maxAttempts: 10,
  jobKey: { prefix: 'daily-webhook:', field: 'eventId' },
  async run(deps, { eventId }) {
    const [stored] = await deps.db.select().from(dailyWebhookEvents).where(eq(dailyWebhookEvents.id, eventId));
    if (!stored || stored.processedAt) return 'skipped';
    const event = dailyWebhookEventSchema.parse(stored.payload);
    await applyMeetingEvent(deps, event);
    await deps.db
      .update(dailyWebhookEvents)
      .set({ processedAt: deps.clock.now() })
      .where(eq(dailyWebhookEvents.id, eventId));
    return 'applied';
  },
});

/**
 * Every five minutes: is Daily still sending us webhooks? Re-activates one its circuit breaker stopped
 * (docs.daily.co/reference/rest-api/webhooks/update: "re-activate a webhook that has entered a failed
 * state - just use the same url as before") and records the state for admins.
 */
export const checkWebhookJob = defineJob({
  name: 'daily:webhook-check',
  payload: z.object({}),
  maxAttempts: 3,
  jobKey: { prefix: 'daily:webhook-check' },
  schedule: '*/5 * * * *',
  async run(deps) {
    const check = await checkWebhookHealth(deps);
    return check.registered ? check.state : 'missing';
  },
});
