import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { pushSubscriptions } from '@edutrack/db';
import { defineJob } from '../jobs/define-job.ts';

/**
 * Sends one notification to one device. One job per device, so a slow or failing push service for
 * one phone never repeats the message on the others.
 */
export const pushDeliveryJob = defineJob({
  name: 'push:deliver',
  payload: z.object({
    subscriptionId: z.uuid(),
    title: z.string(),
    body: z.string(),
    url: z.string(),
    tag: z.string(),
  }),
  maxAttempts: 8,
  async run(deps, { subscriptionId, ...notification }, log) {
    if (!deps.pushSender) return 'push not configured';
    const [target] = await deps.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, subscriptionId));
    // Signed out, or removed after a 404/410: nothing to send to.
    if (!target) return 'skipped';
    const outcome = await deps.pushSender.send(target, notification);
    if (outcome === 'gone') {
      await deps.db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscriptionId));
      log.info(`push subscription ${subscriptionId} is gone at the push service: removed`);
    }
    return outcome;
  },
});
