import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { outboxEmails } from '@edutrack/db';
import { createLogger } from '../../src/runtime/logger.ts';
import { useTestApp } from '../test-app.ts';

const t = useTestApp();

function capture() {
  const lines: string[] = [];
  const log = createLogger(
    'debug',
    new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
  );
  return { log, text: () => lines.join('') };
}

/** A real database error carrying personal data in its parameters (PostgreSQL refuses the NUL). */
async function failedOutboxWrite(): Promise<unknown> {
  return t.testDb.db
    .insert(outboxEmails)
    .values({
      toAddress: 'li.chen@example.com',
      subject: 'Private',
      bodyText: `Dear Li Chen, about Ben's reading${'\u0000'}`,
    })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
}

describe('the log never holds query parameters, addresses or email bodies, whatever the error', () => {
  it.each([
    ['as err', (e: unknown) => ({ err: e })],
    ['as the first argument', (e: unknown) => e],
    ['under another key', (e: unknown) => ({ error: e })],
    ['nested in a cause', (e: unknown) => ({ err: new Error('procedure failed', { cause: e }) })],
    ['inside an object', (e: unknown) => ({ failure: { while: 'sending', e } })],
  ])('a failed database write logged %s', async (_how, shape) => {
    const error = await failedOutboxWrite();
    expect(String((error as Error).message)).toContain('li.chen@example.com');
    const { log, text } = capture();
    log.error(shape(error) as object, 'write failed');
    expect(text()).not.toMatch(/li\.chen@example\.com|Dear Li Chen|reading/);
    // Still useful to an operator: the kind of error and the SQLSTATE of its cause.
    expect(text()).toMatch(/insert into \\"outbox_emails\\"/i);
    expect(text()).toMatch(/22021/);
  });

  it('over HTTP: a NUL in a field answers 400 with a clear message, and the log holds none of the input', async () => {
    const b = t.browser();
    const { res, body } = await b.mutation('auth.requestMagicLink', { email: `li.chen${'\u0000'}@example.com` });
    expect(res.status).toBe(400);
    expect(body.error!.message).toMatch(/invisible control character/);
    expect(t.logs.join('')).not.toMatch(/li\.chen/);
  });
});
