import { eq } from 'drizzle-orm';
import { staffUsers, type Executor } from '@edutrack/db';
import type { CoreDeps } from '../deps.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Clock } from '../clock.ts';
import { maskEmail } from '../mail/mailer.ts';
import { normalizeEmail } from './email-address.ts';
import { issueLoginToken, spendLoginToken } from './login-links.ts';
import { createSession, loadStaffActor, revokeAllSessionsOfStaff } from './sessions.ts';
import type { SignInResult } from './sign-in-staff.ts';
import { limitLinkRequests } from './link-request-limit.ts';
import { enqueueLinkEmail } from '../jobs/enqueue.ts';
import { JOB } from '../jobs/job-names.ts';

interface LinkDeps {
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** Mails a staff member a link to set their password (new accounts from an import, or a reset). */
export async function sendSetPasswordLink(
  tx: Executor,
  deps: LinkDeps,
  staff: { id: string; email: string; name: string },
  reason: 'invite' | 'reset',
): Promise<void> {
  const token = await issueLoginToken(tx, deps.clock, 'staff_set_password', { staffId: staff.id });
  const link = `${deps.publicUrl}/staff/set-password#token=${token}`;
  await deps.mailer.send(tx, {
    to: staff.email,
    subject: reason === 'invite' ? 'You have been invited to EduTrack Meet' : 'Reset your EduTrack Meet password',
    text: [
      `Hello ${staff.name},`,
      '',
      reason === 'invite'
        ? 'Your school has created an EduTrack Meet account for you. Choose a password here (the link works once, for 7 days):'
        : 'Choose a new password here (the link works once, for 7 days):',
      link,
    ].join('\n'),
  });
}

/** Like requestMagicLink: count, queue, answer; the same work for known and unknown addresses. */
export async function requestStaffPasswordReset(deps: CoreDeps, input: { email: string; ip: string }): Promise<void> {
  const email = normalizeEmail(input.email);
  await limitLinkRequests(deps, email, input.ip, 'reset links requested');
  await enqueueLinkEmail(deps.db, JOB.passwordResetLink, email);
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

/** Sets the password from an emailed link, signs out every other device, and signs this one in. */
export async function setStaffPassword(
  deps: CoreDeps,
  input: { token: string; password: string },
): Promise<SignInResult> {
  const passwordHash = await deps.passwords.hash(input.password);
  return deps.db.transaction(async (tx) => {
    const { staffId } = await spendLoginToken(tx, deps.clock, 'staff_set_password', input.token);
    const [staff] = await tx.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, staffId!)).returning();
    await revokeAllSessionsOfStaff(tx, staff!.id);
    const session = await createSession(tx, deps.clock, 'staff', staff!.id);
    return { ...session, staff: await loadStaffActor(tx, staff!) };
  });
}
