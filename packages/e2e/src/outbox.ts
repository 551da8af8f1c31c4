import { desc, eq } from 'drizzle-orm';
import { outboxEmails } from '@edutrack/db';
import type { TestServer } from './test-server.ts';

/**
 * The newest sign-in link mailed to an address (what a parent would open from their inbox). The
 * server's worker sends it moments after the request is answered, so this waits up to 10 seconds.
 */
export async function latestSignInLink(server: TestServer, email: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [mail] = await server.testDb.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, email))
      .orderBy(desc(outboxEmails.createdAt))
      .limit(1);
    const link = mail && /(https?:\/\/\S+#token=[\w-]+)/.exec(mail.bodyText)?.[1];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No sign-in link was mailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
