import { eq } from 'drizzle-orm';
import { guardians } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { maskEmail } from '../mail/mailer.ts';
import { schoolOfGuardian } from '../mail/school-line.ts';
import { signInLinkEmail } from '../mail/templates/sign-in-link.ts';
import { normalizeEmail } from './email-address.ts';
import { issueLoginToken, spendLoginToken } from './login-links.ts';
import { createSession } from './sessions.ts';
import { limitLinkRequests } from './link-request-limit.ts';

/**
 * Emails a parent a one-time sign-in link. Answers the same whether or not the address is known,
 * so the form cannot be used to find out who is a parent at the school.
 */
export async function requestMagicLink(deps: CoreDeps, input: { email: string; ip: string }): Promise<void> {
  const email = normalizeEmail(input.email);
  await limitLinkRequests(deps, email, input.ip, 'sign-in links requested');
  const [guardian] = await deps.db.select().from(guardians).where(eq(guardians.email, email));
  if (!guardian) {
    deps.log.info(
      { event: 'magic-link-unknown-email', email: maskEmail(email) },
      'sign-in link requested for an unknown address',
    );
    return;
  }
  await deps.db.transaction(async (tx) => {
    const token = await issueLoginToken(tx, deps.clock, 'guardian_sign_in', { guardianId: guardian.id });
    // The token travels in the fragment: browsers never send it to a server, so it stays out of logs.
    const link = `${deps.publicUrl}/parent/sign-in#token=${token}`;
    const school = await schoolOfGuardian(tx, guardian.id);
    await deps.mailer.send(tx, {
      ...signInLinkEmail({ from: school, name: guardian.name, link }),
      kind: 'sign-in-link',
      schoolId: school.schoolId,
      to: guardian.email,
    });
  });
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
      guardian: { kind: 'guardian', id: guardian!.id, email: guardian!.email, name: guardian!.name },
    };
  });
}
