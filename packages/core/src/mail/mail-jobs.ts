import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { deliverEmail } from './deliver-email.ts';

/**
 * Delivers one outbox email. graphile-worker's backoff (exp(attempt) seconds, at most ~6 h apart)
 * over 25 attempts keeps trying for about three days: an SMTP server down for hours loses nothing.
 */
export const mailDeliveryJob = defineJob({
  name: 'mail:deliver',
  payload: z.object({ emailId: z.uuid() }),
  maxAttempts: 25,
  jobKey: { prefix: 'mail:', field: 'emailId' },
  async run(deps, { emailId }, log) {
    const outcome = await deliverEmail(deps, emailId);
    log.debug(`mail ${emailId}: ${outcome}`);
  },
});
