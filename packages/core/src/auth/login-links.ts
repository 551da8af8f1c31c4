import { and, eq, gt, isNull } from 'drizzle-orm';
import { loginTokens, type Executor } from '@edutrack/db';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.ts';
import { said } from '../error-messages/say.ts';

type Purpose = (typeof loginTokens.$inferInsert)['purpose'];

const LIFETIME_MS: Record<Purpose, number> = {
  guardian_sign_in: 15 * 60_000,
  staff_set_password: 7 * 86_400_000,
};

/** Creates a single-use link token; only its hash is stored. */
export async function issueLoginToken(
  tx: Executor,
  clock: Clock,
  purpose: Purpose,
  user: { guardianId: string } | { staffId: string },
): Promise<string> {
  const { token, hash } = newOpaqueToken();
  await tx.insert(loginTokens).values({
    purpose,
    tokenHash: hash,
    expiresAt: new Date(clock.now().getTime() + LIFETIME_MS[purpose]),
    ...user,
  });
  return token;
}

/**
 * Spends a token exactly once: the conditional UPDATE means two concurrent redemptions cannot both
 * succeed. Returns whose token it was.
 */
export async function spendLoginToken(
  tx: Executor,
  clock: Clock,
  purpose: Purpose,
  token: string,
): Promise<{ guardianId: string | null; staffId: string | null }> {
  const now = clock.now();
  const [row] = await tx
    .update(loginTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(loginTokens.tokenHash, hashOpaqueToken(token)),
        eq(loginTokens.purpose, purpose),
        isNull(loginTokens.usedAt),
        gt(loginTokens.expiresAt, now),
      ),
    )
    .returning({ guardianId: loginTokens.guardianId, staffId: loginTokens.staffId });
  if (!row) {
    throw new AppError(
      'UNAUTHORIZED',
      purpose === 'guardian_sign_in'
        ? said('errors.signInLinkExpired')
        : 'This link has expired or was already used. Ask for a new one on the sign-in page ("Forgot password?").',
    );
  }
  return row;
}
