import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { staffUsers } from '@edutrack/db';
import type { CoreDeps } from '../deps.ts';
import { defineJob } from '../jobs/define-job.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { maskEmail } from '../mail/mailer.ts';
import { normalizeEmail } from './email-address.ts';
import { limitLinkRequests } from './link-request-limit.ts';
import { sendSetPasswordLink } from './staff-password.ts';

/** Like requestMagicLink: count, queue, answer; the same work for known and unknown addresses. */
export async function requestStaffPasswordReset(deps: CoreDeps, input: { email: string; ip: string }): Promise<void> {
  const email = normalizeEmail(input.email);
  await limitLinkRequests(deps, email, input.ip, 'resetLinks');
  await enqueueJob(deps.db, passwordResetLinkJob, { email });
}

/** The job: mails a reset link if the address belongs to a staff member; otherwise does nothing. */
export async function sendPasswordResetLink(
  deps: CoreDeps,
  input: { email: string },
): Promise<'sent' | 'unknown-address'> {
  const email = normalizeEmail(input.email);
  const [staff] = await deps.db.select().from(staffUsers).where(eq(staffUsers.email, email));
  if (!staff) {
    deps.log.info(
      { event: 'password-reset-unknown-email', email: maskEmail(email) },
      'reset requested for an unknown address',
    );
    return 'unknown-address';
  }
  await deps.db.transaction((tx) => sendSetPasswordLink(tx, deps, staff, 'reset'));
  return 'sent';
}

/** Queued for every accepted reset request, known address or not (see signInLinkJob). */
export const passwordResetLinkJob = defineJob({
  name: 'auth:password-reset-link',
  payload: z.object({ email: z.string() }),
  maxAttempts: 5,
  run: (deps, payload) => sendPasswordResetLink(deps, payload),
});
