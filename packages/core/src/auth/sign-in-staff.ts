import { eq } from 'drizzle-orm';
import { staffUsers } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { maskEmail } from '../mail/mailer.ts';
import type { PasswordHasher } from './passwords.ts';
import { normalizeEmail } from './email-address.ts';
import { createSession, loadStaffActor } from './sessions.ts';
import { said } from '../error-messages/say.ts';

export interface SignInResult {
  token: string;
  expiresAt: Date;
  staff: StaffActor;
}

const wrongCredentials = () =>
  new AppError('UNAUTHORIZED', "That email and password don't match our records. Check both and try again.");

export async function signInStaff(
  deps: CoreDeps,
  input: { email: string; password: string; ip: string },
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  // Reserved before the password is looked at: concurrent guesses (parallel or in one batch) each take
  // a point atomically, so no more than the budget ever reach the check.
  const byEmail = await deps.limiter.reserve('staff-sign-in-email', email);
  const byIp = await deps.limiter.reserve('staff-sign-in-ip', input.ip);
  if (!byEmail.allowed || !byIp.allowed)
    throw tooManyAttempts(Math.max(byEmail.blockedForSeconds, byIp.blockedForSeconds));

  const [staff] = await deps.db.select().from(staffUsers).where(eq(staffUsers.email, email));
  // Verify against a dummy hash for unknown accounts so the response time does not tell them apart.
  const ok = await deps.passwords.verify(staff?.passwordHash ?? (await dummyHash(deps.passwords)), input.password);
  if (!staff || !staff.passwordHash || !ok) {
    if (byEmail.blockedForSeconds || byIp.blockedForSeconds) {
      // Reported once, by the attempt that used the budget up; the attempts after it are refused unchecked.
      deps.log.warn(
        { event: 'sign-in-rate-limited', email: maskEmail(email), ipBlocked: byIp.blockedForSeconds > 0 },
        'repeated failed staff sign-ins',
      );
    }
    throw wrongCredentials();
  }
  await deps.limiter.reset('staff-sign-in-email', email);
  await deps.limiter.release('staff-sign-in-ip', input.ip);
  const session = await createSession(deps.db, deps.clock, 'staff', staff.id);
  return { ...session, staff: await loadStaffActor(deps.db, staff) };
}

/** What someone did too often: sign-in attempts, emailed links, invitations. */
export type LimitedAction = 'signInAttempts' | 'signInLinks' | 'resetLinks' | 'invitations';

export function tooManyAttempts(seconds: number, what: LimitedAction = 'signInAttempts') {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new AppError('TOO_MANY_REQUESTS', said(`errors.tooMany.${what}`, { minutes }), {
    retryAfterSeconds: seconds,
  });
}

let dummy: Promise<string> | undefined;
function dummyHash(passwords: PasswordHasher): Promise<string> {
  dummy ??= passwords.hash('not-a-real-password-just-for-timing');
  return dummy;
}
