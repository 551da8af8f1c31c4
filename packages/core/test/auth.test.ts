import { describe, expect, it } from 'vitest';
import { staffUsers } from '@edutrack/db';
import { eq } from 'drizzle-orm';
import {
  type AppError,
  argon2Passwords,
  guardianForSession,
  redeemMagicLink,
  requestMagicLink,
  requestStaffPasswordReset,
  revokeSession,
  setStaffPassword,
  signInStaff,
  staffForSession,
} from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: AppError) => e.code,
  );
const linkToken = (body: string) => /#token=([A-Za-z0-9_-]+)/.exec(body)![1]!;

describe('staff sign-in', () => {
  it('signs in with the right password, and the session resolves until logout', async () => {
    const { teacher1 } = h.world.a;
    await h.testDb.db
      .update(staffUsers)
      .set({ passwordHash: await argon2Passwords.hash('correct horse battery') })
      .where(eq(staffUsers.id, teacher1.id));
    const result = await signInStaff(h.deps, {
      email: teacher1.email.toUpperCase(),
      password: 'correct horse battery',
      ip: '10.0.0.1',
    });
    expect(result.staff).toMatchObject({ id: teacher1.id, memberships: [{ role: 'teacher' }] });
    expect(await staffForSession(h.deps.db, h.clock, result.token)).toMatchObject({ id: teacher1.id });
    expect(await guardianForSession(h.deps.db, h.clock, result.token)).toBeNull();
    await revokeSession(h.deps.db, result.token);
    expect(await staffForSession(h.deps.db, h.clock, result.token)).toBeNull();
  });

  it('says the same for a wrong password and an unknown email, and slows brute force down', async () => {
    const { teacher2 } = h.world.a;
    await h.testDb.db
      .update(staffUsers)
      .set({ passwordHash: await argon2Passwords.hash('another good password') })
      .where(eq(staffUsers.id, teacher2.id));
    const attempt = (password: string) =>
      signInStaff(h.deps, { email: teacher2.email, password, ip: '10.0.0.2' }).catch((e: AppError) => e);
    const unknown = await signInStaff(h.deps, { email: 'nobody@school.test', password: 'x', ip: '10.0.0.9' }).catch(
      (e: AppError) => e,
    );
    const wrong = await attempt('guess-1');
    expect(wrong).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((unknown as AppError).userMessage).toBe((wrong as AppError).userMessage);
    for (let i = 2; i <= 5; i++) await attempt(`guess-${i}`);
    // Sixth try, even with the right password: blocked until the window passes.
    expect(await attempt('another good password')).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      userMessage: expect.stringMatching(/wait 15 minutes/),
    });
  });
});

describe('parent magic links', () => {
  it('a link signs in once; the second use fails with a way forward', async () => {
    const { family1 } = h.world.a;
    await requestMagicLink(h.deps, { email: family1.guardian.email, ip: '10.1.0.1' });
    const mail = (await h.outbox()).at(-1)!;
    expect(mail.toAddress).toBe(family1.guardian.email);
    expect(mail.bodyText).toMatch(/http:\/\/localhost:3000\/parent\/sign-in#token=/);
    const token = linkToken(mail.bodyText);
    const [first, second] = await Promise.allSettled([
      redeemMagicLink(h.deps, { token }),
      redeemMagicLink(h.deps, { token }),
    ]);
    const outcomes = [first, second].map((r) => r.status).sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const session = [first, second].find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ token: string }>;
    expect(await guardianForSession(h.deps.db, h.clock, session.value.token)).toMatchObject({
      id: family1.guardian.id,
    });
    const again = await redeemMagicLink(h.deps, { token }).catch((e: AppError) => e);
    expect(again).toMatchObject({ code: 'UNAUTHORIZED', userMessage: expect.stringMatching(/get a new one/) });
  });

  it('links expire after 15 minutes', async () => {
    const { family2 } = h.world.a;
    await requestMagicLink(h.deps, { email: family2.guardian.email, ip: '10.1.0.2' });
    const token = linkToken((await h.outbox()).at(-1)!.bodyText);
    h.clock.advance(16 * 60_000);
    expect(await code(redeemMagicLink(h.deps, { token }))).toBe('UNAUTHORIZED');
    h.clock.set('2030-03-04T12:00:00Z');
  });

  it('an unknown address gets the same answer and no email; repeated requests are limited', async () => {
    const before = (await h.outbox()).length;
    await requestMagicLink(h.deps, { email: 'stranger@example.com', ip: '10.1.0.3' });
    expect((await h.outbox()).length).toBe(before);
    await requestMagicLink(h.deps, { email: 'stranger@example.com', ip: '10.1.0.3' });
    await requestMagicLink(h.deps, { email: 'stranger@example.com', ip: '10.1.0.3' });
    expect(await code(requestMagicLink(h.deps, { email: 'stranger@example.com', ip: '10.1.0.3' }))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });
});

describe('staff passwords from emailed links', () => {
  it('a reset link sets a new password, signs out other devices and signs in', async () => {
    const { admin } = h.world.a;
    await h.testDb.db
      .update(staffUsers)
      .set({ passwordHash: await argon2Passwords.hash('old password 123') })
      .where(eq(staffUsers.id, admin.id));
    const old = await signInStaff(h.deps, { email: admin.email, password: 'old password 123', ip: '10.2.0.1' });
    await requestStaffPasswordReset(h.deps, { email: admin.email, ip: '10.2.0.1' });
    const token = linkToken((await h.outbox()).at(-1)!.bodyText);
    const result = await setStaffPassword(h.deps, { token, password: 'brand new password 456' });
    expect(await staffForSession(h.deps.db, h.clock, old.token)).toBeNull();
    expect(await staffForSession(h.deps.db, h.clock, result.token)).toMatchObject({ id: admin.id });
    expect(await code(signInStaff(h.deps, { email: admin.email, password: 'old password 123', ip: '10.2.0.2' }))).toBe(
      'UNAUTHORIZED',
    );
    expect(
      await code(signInStaff(h.deps, { email: admin.email, password: 'brand new password 456', ip: '10.2.0.2' })),
    ).toBe('ok');
    expect(await code(setStaffPassword(h.deps, { token, password: 'third password 789' }))).toBe('UNAUTHORIZED');
  });
});
