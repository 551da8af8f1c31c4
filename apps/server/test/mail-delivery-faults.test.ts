import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SchoolWorld, TestDatabase } from '@edutrack/db/testing';
import { outboxEmails } from '@edutrack/db';
import { deliverEmail, listUndeliveredEmails, type MeetingDeps } from '@edutrack/core';
import { useSchoolHarness } from '@edutrack/core/testing';
import { createSmtpMailTransport } from '../src/adapters/smtp-mail-transport.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';

const h = useSchoolHarness();
let testDb: TestDatabase;
let world: SchoolWorld;
let sink: SmtpSink;
let deps: MeetingDeps;
let transport: ReturnType<typeof createSmtpMailTransport>;

beforeAll(async () => {
  ({ testDb, world } = h);
  sink = await startSmtpSink();
  transport = createSmtpMailTransport({ url: sink.url, from: 'Riverside <meet@riverside.test>', timeoutMs: 1500 });
  deps = {
    ...h.deps,
    video: undefined as never,
    mailTransport: transport,
  };
});
afterAll(async () => {
  transport?.close();
  await sink?.close();
});
beforeEach(() => sink.setMode({ kind: 'accept' }));

async function queueMail(subject: string): Promise<string> {
  await deps.mailer.send(testDb.db, {
    kind: 'test',
    schoolId: world.a.branch.schoolId,
    to: world.a.family1.guardian.email,
    subject,
    text: 'plain',
    html: '<p>html</p>',
  });
  const [row] = await testDb.db.select().from(outboxEmails).where(eq(outboxEmails.subject, subject));
  return row!.id;
}

const row = async (id: string) => (await testDb.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;

describe('SMTP delivery faults', () => {
  it('delivers once with a Message-ID of its own; a repeated job sends nothing more', async () => {
    const id = await queueMail('healthy');
    const before = sink.received.length;
    expect(await deliverEmail(deps, id)).toBe('sent');
    expect(await deliverEmail(deps, id)).toBe('skipped');
    const arrived = sink.received.slice(before);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.messageId).toBe(`<${id}@riverside.test>`);
    expect(arrived[0]!.text?.trim()).toBe('plain');
    expect(arrived[0]!.html).toContain('<p>html</p>');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('a 5xx refusal marks the mail failed for good and shows it to the school admin', async () => {
    sink.setMode({
      kind: 'refuse',
      code: 550,
      message: `5.1.1 ${world.a.family1.guardian.email}: Mailbox unavailable`,
    });
    const id = await queueMail('refused for good');
    expect(await deliverEmail(deps, id)).toBe('failed');
    // What the server said, without the address it quoted (it goes to logs and the admin's list).
    expect(await row(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'SMTP 550: 550 5.1.1 … Mailbox unavailable',
    });
    // The admin of that school sees it; an admin of another school does not.
    const admin = await h.staff(world.a.admin);
    expect(await listUndeliveredEmails(deps, admin)).toContainEqual(
      expect.objectContaining({ id, status: 'failed', to: world.a.family1.guardian.email }),
    );
    const otherAdmin = await h.staff(world.b.admin);
    expect((await listUndeliveredEmails(deps, otherAdmin)).map((m) => m.id)).not.toContain(id);
    // Retrying a failed mail sends nothing.
    sink.setMode({ kind: 'accept' });
    expect(await deliverEmail(deps, id)).toBe('skipped');
  });

  it('a 4xx answer is temporary: the job throws to retry, and the next attempt delivers', async () => {
    sink.setMode({ kind: 'refuse', code: 451, message: 'Try again later' });
    const id = await queueMail('greylisted');
    await expect(deliverEmail(deps, id)).rejects.toMatchObject({ permanent: false });
    expect(await row(id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: expect.stringMatching(/^SMTP 451/),
    });
    sink.setMode({ kind: 'accept' });
    const before = sink.received.length;
    expect(await deliverEmail(deps, id)).toBe('sent');
    expect(sink.received.slice(before).map((m) => m.subject)).toEqual(['greylisted']);
  });

  it('a server that stops answering times out and is retried', async () => {
    sink.setMode({ kind: 'hang' });
    const id = await queueMail('hung');
    const started = Date.now();
    await expect(deliverEmail(deps, id)).rejects.toMatchObject({ permanent: false });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await row(id)).toMatchObject({
      status: 'queued',
      lastError: expect.stringMatching(/ETIMEDOUT|ECONNECTION|ESOCKET/),
    });
    sink.setMode({ kind: 'accept' });
    expect(await deliverEmail(deps, id)).toBe('sent');
  });

  it('a connection dropped mid-message is retried and the mail arrives once, whole', async () => {
    sink.setMode({ kind: 'drop-mid-message' });
    const id = await queueMail('dropped');
    await expect(deliverEmail(deps, id)).rejects.toMatchObject({ permanent: false });
    expect((await row(id)).status).toBe('queued');
    sink.setMode({ kind: 'accept' });
    const before = sink.received.length;
    expect(await deliverEmail(deps, id)).toBe('sent');
    const arrived = sink.received.slice(before);
    expect(arrived.map((m) => [m.subject, m.html])).toEqual([['dropped', expect.stringContaining('<p>html</p>')]]);
  });
});
