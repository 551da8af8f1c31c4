import type { CoreDeps } from '../deps.ts';
import { maskEmail } from '../mail/mailer.ts';
import { tooManyAttempts, type LimitedAction } from './sign-in-staff.ts';

/**
 * Emailed links (parent sign-in, staff password reset) are limited per address and per IP, so the
 * forms cannot be used to flood someone's inbox. The request is reserved before anything is sent, so
 * concurrent requests cannot overshoot. Throws TOO_MANY_REQUESTS past the budget.
 */
export async function limitLinkRequests(deps: CoreDeps, email: string, ip: string, what: LimitedAction): Promise<void> {
  const byEmail = await deps.limiter.reserve('magic-link-email', email);
  const byIp = await deps.limiter.reserve('magic-link-ip', ip);
  if (byEmail.allowed && byIp.allowed) return;
  deps.log.warn({ event: 'link-requests-rate-limited', email: maskEmail(email) }, `too many ${what}`);
  throw tooManyAttempts(Math.max(byEmail.blockedForSeconds, byIp.blockedForSeconds), what);
}
