import { and, desc, eq, isNull } from 'drizzle-orm';
import { loginTokens, outboxEmails } from '@edutrack/db';
import { hashOpaqueToken } from '@edutrack/core';
import type { TestServer } from './test-server.ts';

/**
 * The newest sign-in link mailed to an address that is still unused (what a parent would open from
 * their inbox). The server's worker mails it moments after the request is answered, and an earlier,
 * spent link may still be the newest mail then, so this waits up to 10 seconds for a fresh one.
 * `{ spent: true }` takes the newest link even if it was used already (to try a link twice).
 */
export async function latestSignInLink(
  server: TestServer,
  email: string,
  options: { spent?: boolean } = {},
): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [mail] = await server.testDb.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, email))
      .orderBy(desc(outboxEmails.createdAt))
      .limit(1);
    const link = mail && /(https?:\/\/\S+#token=([\w-]+))/.exec(mail.bodyText);
    if (link && options.spent) return link[1]!;
    if (link) {
      const unused = await server.testDb.db
        .select({ id: loginTokens.id })
        .from(loginTokens)
        .where(and(eq(loginTokens.tokenHash, hashOpaqueToken(link[2]!)), isNull(loginTokens.usedAt)));
      if (unused.length) return link[1]!;
    }
    if (Date.now() > deadline) throw new Error(`No unused sign-in link was mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The newest meeting invitation mailed to an address (a parent's guest), as its link with the
 * `#invite=` token. The worker mails it moments after the invitation, so this waits up to 10 seconds.
 */
export async function latestInvitationLink(server: TestServer, email: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [mail] = await server.testDb.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.kind, 'meeting-invitation')))
      .orderBy(desc(outboxEmails.createdAt))
      .limit(1);
    const link = mail && /(https?:\/\/\S+#invite=[\w-]+)/.exec(mail.bodyText);
    if (link) return link[1]!;
    if (Date.now() > deadline) throw new Error(`No invitation was mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
