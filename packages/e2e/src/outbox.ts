import { desc, eq } from 'drizzle-orm';
import { outboxEmails } from '@edutrack/db';
import type { TestServer } from './test-server.ts';

/** The newest sign-in link mailed to an address (what a parent would open from their inbox). */
export async function latestSignInLink(server: TestServer, email: string): Promise<string> {
  const [mail] = await server.testDb.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, email))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  const link = mail && /(https?:\/\/\S+#token=[\w-]+)/.exec(mail.bodyText)?.[1];
  if (!link) throw new Error(`No sign-in link was mailed to ${email}`);
  return link;
}
