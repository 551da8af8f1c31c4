import { eq } from 'drizzle-orm';
import { staffUsers, type Executor } from '@edutrack/db';
import type { CoreDeps } from '../deps.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Clock } from '../clock.ts';
import { schoolOfStaff } from '../mail/school-line.ts';
import { staffPasswordEmail } from '../mail/templates/staff-password.ts';
import { issueLoginToken, spendLoginToken } from './login-links.ts';
import { createSession, loadStaffActor, revokeAllSessionsOfStaff } from './sessions.ts';
import type { SignInResult } from './sign-in-staff.ts';

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
  const school = await schoolOfStaff(tx, staff.id);
  await deps.mailer.send(tx, {
    ...staffPasswordEmail({ from: school, name: staff.name, link, reason }),
    kind: reason === 'invite' ? 'staff-invite' : 'staff-password-reset',
    schoolId: school.schoolId,
    to: staff.email,
  });
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
