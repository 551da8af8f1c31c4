import { eq } from 'drizzle-orm';
import { staffUsers } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { maskEmail } from '../mail/mailer.ts';
import type { PasswordHasher } from './passwords.ts';
import { normalizeEmail } from './email-address.ts';
import { createSession, loadStaffActor } from './sessions.ts';

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
  await refuseIfBlocked(deps, email, input.ip);

  const [staff] = await deps.db.select().from(staffUsers).where(eq(staffUsers.email, email));
  // Verify against a dummy hash for unknown accounts so the response time does not tell them apart.
  const ok = await deps.passwords.verify(staff?.passwordHash ?? (await dummyHash(deps.passwords)), input.password);
  if (!staff || !staff.passwordHash || !ok) {
    const byEmail = await deps.limiter.record('staff-sign-in-email', email);
    const byIp = await deps.limiter.record('staff-sign-in-ip', input.ip);
    if (byEmail.blockedForSeconds || byIp.blockedForSeconds) {
      // Reported once, when the budget runs out; the attempts after it are refused before counting.
      deps.log.warn(
        { event: 'sign-in-rate-limited', email: maskEmail(email), ipBlocked: byIp.blockedForSeconds > 0 },
        'repeated failed staff sign-ins',
      );
    }
    throw wrongCredentials();
  }
  await deps.limiter.reset('staff-sign-in-email', email);
  const session = await createSession(deps.db, deps.clock, 'staff', staff.id);
  return { ...session, staff: await loadStaffActor(deps.db, staff) };
}

async function refuseIfBlocked(deps: CoreDeps, email: string, ip: string) {
  const seconds = Math.max(
    await deps.limiter.blockedFor('staff-sign-in-email', email),
    await deps.limiter.blockedFor('staff-sign-in-ip', ip),
  );
  if (seconds > 0) throw tooManyAttempts(seconds);
}

export function tooManyAttempts(seconds: number, what = 'sign-in attempts') {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new AppError(
    'TOO_MANY_REQUESTS',
    `Too many ${what}. For your security, please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    { retryAfterSeconds: seconds },
  );
}

let dummy: Promise<string> | undefined;
function dummyHash(passwords: PasswordHasher): Promise<string> {
  dummy ??= passwords.hash('not-a-real-password-just-for-timing');
  return dummy;
}
