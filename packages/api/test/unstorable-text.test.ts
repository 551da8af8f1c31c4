import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cancelReason, password, searchText, text, topic } from '../src/schemas.ts';
import { emailSchema, isErrorKey, said, sayIn } from '@edutrack/core';
import { useApiHarness } from './harness.ts';

const h = useApiHarness();
const NUL = '\u0000';
const LONE_SURROGATE = '\uD800';
const MESSAGE = /invisible control character we cannot save.*Retype it/;

const count = async (table: string) =>
  (await h.testDb.db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;

describe('text PostgreSQL cannot store is refused as BAD_REQUEST with a message a person can act on', () => {
  it.each([
    ['topic', topic, 'Reading\u0000 progress'],
    ['cancel reason', cancelReason, `ill${NUL}`],
    ['search', searchText, `Chen${NUL}`],
    ['password', password, `a long enough password${NUL}`],
    ['any text', text(), `x${LONE_SURROGATE}y`],
    ['email', emailSchema, `li.chen${NUL}@example.com`],
  ])('the shared %s schema', (_name, schema, value) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    // A catalog key the error formatter writes out in the reader's language; here, English.
    const shown = result.error!.issues.map((i) => (isErrorKey(i.message) ? sayIn('en', said(i.message)) : i.message));
    expect(shown.join(' ')).toMatch(MESSAGE);
  });

  it('scheduling a meeting with a NUL in its topic stores nothing and mails nobody', async () => {
    const { family1, teacher1 } = h.world.a;
    const caller = h.as(await h.staff(teacher1));
    const error = await caller.staff.appointments
      .schedule({
        guardianId: family1.guardian.id,
        studentId: family1.student.id,
        startsAt: '2030-03-05T17:00:00Z',
        endsAt: '2030-03-05T17:15:00Z',
        topic: `Reading${NUL}`,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toMatch(MESSAGE);
    expect(await count('appointments')).toBe(0);
    expect(await count('outbox_emails')).toBe(0);
  });

  it('any procedure: a NUL anywhere in the input, even where no schema looks, is BAD_REQUEST', async () => {
    const caller = h.as(await h.staff(h.world.a.admin));
    const roster = await caller.staff.directory
      .importRoster({ branchId: h.world.a.branch.id, csv: `student_ref,student_name\nR1,Ann${NUL}`, dryRun: true })
      .then(
        () => 'OK',
        (e: TRPCError) => e.code,
      );
    expect(roster).toBe('BAD_REQUEST');
    const link = await h
      .as(null)
      .auth.requestMagicLink({ email: `x${NUL}@example.com` })
      .then(
        () => 'OK',
        (e: TRPCError) => e.code,
      );
    expect(link).toBe('BAD_REQUEST');
  });
});
