import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outboxEmails, staffUsers } from '@edutrack/db';
import { argon2Passwords } from '@edutrack/core';
import { useTestApp } from './test-app.ts';

const t = useTestApp({ cookieSecure: true });

describe('staff sessions over HTTP', () => {
  it('sign-in sets an HttpOnly, Secure, SameSite=Lax cookie; sign-out revokes the session', async () => {
    const { teacher1 } = t.world.a;
    await t.testDb.db
      .update(staffUsers)
      .set({ passwordHash: await argon2Passwords.hash('a long enough password') })
      .where(eq(staffUsers.id, teacher1.id));
    const b = t.browser();
    const { res } = await b.mutation('auth.staffSignIn', { email: teacher1.email, password: 'a long enough password' });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('etm_staff='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);

    const me = await b.query('auth.me');
    expect(me.body.result!.data).toMatchObject({
      staff: { id: teacher1.id, branches: [{ role: 'teacher' }] },
      guardian: null,
    });

    const stolen = new Map(b.jar);
    await b.mutation('auth.staffSignOut', {});
    expect(b.jar.has('etm_staff')).toBe(false);
    // The old cookie value is dead on the server, not just forgotten by this browser.
    const replay = t.browser();
    for (const [k, v] of stolen) replay.jar.set(k, v);
    expect((await replay.query('staff.directory.branches')).body.error!.data.code).toBe('UNAUTHORIZED');
  });

  it('refuses mutations posted from another website', async () => {
    const b = t.browser();
    const { res, body } = await b.mutation(
      'auth.requestMagicLink',
      { email: 'x@example.com' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(JSON.stringify(body)).toMatch(/another website/);
  });
});

describe('brute force', () => {
  it('is slowed after five wrong passwords, and reported in the log without the address', async () => {
    const { teacher2 } = t.world.a;
    const b = t.browser();
    for (let i = 0; i < 5; i++) await b.mutation('auth.staffSignIn', { email: teacher2.email, password: `guess ${i}` });
    const blocked = await b.mutation('auth.staffSignIn', { email: teacher2.email, password: 'guess 6' });
    expect(blocked.res.status).toBe(429);
    expect(blocked.body.error!.message).toMatch(/Too many sign-in attempts.*wait 15 minutes/);
    const warning = t.logs.find((line) => line.includes('repeated failed staff sign-ins'));
    expect(warning).toBeDefined();
    expect(warning).not.toContain(teacher2.email);
    expect(warning).toContain(`${teacher2.email[0]}***@school.test`);
  });
});

describe('parent magic link over HTTP', () => {
  it('opening the link spends nothing; the Continue POST signs in once', async () => {
    const { family1 } = t.world.a;
    const b = t.browser();
    await b.mutation('auth.requestMagicLink', { email: family1.guardian.email });
    await t.runLinkJobs();
    const [mail] = await t.testDb.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, family1.guardian.email));
    const token = /#token=([\w-]+)/.exec(mail!.bodyText)![1]!;
    // A mail scanner fetching the link only ever sends the path: the token is in the fragment.
    const link = /(http:\/\/\S+)/.exec(mail!.bodyText)![1]!;
    expect(new URL(link).hash).toBe(`#token=${token}`);

    const first = await b.mutation('auth.redeemMagicLink', { token });
    expect(first.res.headers.getSetCookie().find((c) => c.startsWith('etm_parent='))).toMatch(
      /HttpOnly.*Secure|Secure.*HttpOnly/,
    );
    expect((await b.query('parent.directory.children')).body.result!.data).toEqual([
      expect.objectContaining({ id: family1.student.id }),
    ]);

    const second = await t.browser().mutation('auth.redeemMagicLink', { token });
    expect(second.body.error).toMatchObject({
      message: expect.stringMatching(/expired or was already used/),
      data: { code: 'UNAUTHORIZED' },
    });
    // The parent app asks in the language it shows (Accept-Language): the refusal comes back in it.
    const inSpanish = await t.browser().mutation('auth.redeemMagicLink', { token }, { 'accept-language': 'es' });
    expect(inSpanish.body.error!.message).toBe(
      'Este enlace de acceso ha caducado o ya se usó. Escriba su correo en la página de acceso para recibir uno nuevo.',
    );
    // A browser's own list (an Arabic speaker's phone) picks the first language we have.
    const fromList = await t
      .browser()
      .mutation('auth.redeemMagicLink', { token }, { 'accept-language': 'fr-FR,ar;q=0.8' });
    expect(fromList.body.error!.message).toMatch(/^انتهت صلاحية رابط تسجيل الدخول/);
  });
});

describe('logs', () => {
  it('hold no email addresses, names, tokens or cookies', async () => {
    const { family2, teacher1 } = t.world.a;
    const b = t.browser();
    await b.mutation('auth.requestMagicLink', { email: family2.guardian.email });
    await b.query('staff.directory.students', { search: family2.guardian.name });
    await b.mutation('auth.staffSignIn', { email: teacher1.email, password: 'wrong password' });
    await t.runLinkJobs();
    const [mail] = await t.testDb.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, family2.guardian.email));
    const token = /#token=([\w-]+)/.exec(mail!.bodyText)![1]!;
    const all = t.logs.join('\n');
    expect(all).toContain('email written to outbox');
    for (const secret of [
      family2.guardian.email,
      family2.guardian.name,
      teacher1.email,
      token,
      'etm_staff=',
      'wrong password',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
