import { eq } from 'drizzle-orm';
import { guardians } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { maskEmail } from '../mail/mailer.ts';
import { readerOf } from '../mail/reader.ts';
import { schoolOfGuardian } from '../mail/school-line.ts';
import { signInLinkEmail } from '../mail/templates/sign-in-link.ts';
import { normalizeEmail } from './email-address.ts';
import { issueLoginToken, spendLoginToken } from './login-links.ts';
import { createSession } from './sessions.ts';
import { limitLinkRequests } from './link-request-limit.ts';
import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';

/**
 * A parent asks for a sign-in link. Answers the same, after the same work, whether or not the address
 * is known (count the request, queue the job, answer), so neither the answer nor its timing tells who
 * is a parent at the school. The job (sendSignInLink) looks the address up.
 */
export async function requestMagicLink(deps: CoreDeps, input: { email: string; ip: string }): Promise<void> {
  const email = normalizeEmail(input.email);
  await limitLinkRequests(deps, email, input.ip, 'signInLinks');
  await enqueueJob(deps.db, signInLinkJob, { email });
}

/**
 * Queued for every accepted request, known address or not. A retry after a crash may send a second
 * link; each works on its own, so that is harmless.
 */
export const signInLinkJob = defineJob({
  name: 'auth:sign-in-link',
  payload: z.object({ email: z.string() }),
  maxAttempts: 5,
  run: (deps, payload) => sendSignInLink(deps, payload),
});

/** The job: mails a one-time sign-in link if the address belongs to a parent; otherwise does nothing. */
export async function sendSignInLink(deps: CoreDeps, input: { email: string }): Promise<'sent' | 'unknown-address'> {
  const email = normalizeEmail(input.email);
  const [guardian] = await deps.db.select().from(guardians).where(eq(guardians.email, email));
  if (!guardian) {
    deps.log.info(
      { event: 'magic-link-unknown-email', email: maskEmail(email) },
      'sign-in link requested for an unknown address',
    );
    return 'unknown-address';
  }
  await deps.db.transaction(async (tx) => {
    const token = await issueLoginToken(tx, deps.clock, 'guardian_sign_in', { guardianId: guardian.id });
    // The token travels in the fragment: browsers never send it to a server, so it stays out of logs.
    const link = `${deps.publicUrl}/parent/sign-in#token=${token}`;
    const school = await schoolOfGuardian(tx, guardian.id);
    await deps.mailer.send(tx, {
      ...signInLinkEmail({ from: school, reader: readerOf(guardian.language, school), name: guardian.name, link }),
      kind: 'sign-in-link',
      schoolId: school.schoolId,
      to: guardian.email,
    });
  });
  return 'sent';
}

/** Spends the link's token (on the "Continue" POST, never on GET) and signs the parent in. */
export async function redeemMagicLink(
  deps: CoreDeps,
  input: { token: string },
): Promise<{ token: string; expiresAt: Date; guardian: GuardianActor }> {
  return deps.db.transaction(async (tx) => {
    const { guardianId } = await spendLoginToken(tx, deps.clock, 'guardian_sign_in', input.token);
    const [guardian] = await tx.select().from(guardians).where(eq(guardians.id, guardianId!));
    const session = await createSession(tx, deps.clock, 'guardian', guardian!.id);
    return {
      ...session,
      guardian: {
        kind: 'guardian',
        id: guardian!.id,
        email: guardian!.email,
        name: guardian!.name,
        language: guardian!.language,
      },
    };
  });
}
