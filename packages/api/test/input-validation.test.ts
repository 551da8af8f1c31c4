import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { appointments, availabilitySlots, branches } from '@edutrack/db';
import { eq } from 'drizzle-orm';
import { appRouter } from '../src/index.ts';
import { useApiHarness } from './harness.ts';

const h = useApiHarness();

async function rejection(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** What a browser would receive for this error, through the one error formatter. */
function shapeOf(error: TRPCError) {
  const config = appRouter._def._config;
  return config.errorFormatter({
    error,
    type: 'mutation',
    path: 'x',
    input: undefined,
    ctx: undefined,
    shape: { message: error.message, code: -32600, data: { code: error.code, httpStatus: 400, path: 'x' } },
  });
}

describe('bad input is refused with a clear BAD_REQUEST and stores nothing', () => {
  it.each([
    ['start in the past', { startsAt: '2030-03-04T10:00:00Z', endsAt: '2030-03-04T10:10:00Z' }, /already passed/],
    ['end before start', { startsAt: '2030-03-05T10:10:00Z', endsAt: '2030-03-05T10:00:00Z' }, /end after it starts/],
    ['much too long', { startsAt: '2030-03-05T10:00:00Z', endsAt: '2030-03-05T15:00:00Z' }, /at most 2 hours/],
    [
      'not a date',
      { startsAt: 'tomorrow at five', endsAt: '2030-03-05T10:00:00Z' },
      /^Give the time as an ISO date-time/,
    ],
    [
      'oversize topic',
      { startsAt: '2030-03-05T10:00:00Z', endsAt: '2030-03-05T10:10:00Z', topic: 'x'.repeat(201) },
      /^Keep the topic under 200/,
    ],
  ])('%s', async (_name, times, message) => {
    const caller = h.as(await h.staff(h.world.a.teacher1));
    const { family1 } = h.world.a;
    const error = await rejection(
      caller.staff.appointments.schedule({
        guardianId: family1.guardian.id,
        studentId: family1.student.id,
        ...times,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(shapeOf(error).message).toMatch(message);
    expect(await h.testDb.db.select().from(appointments)).toEqual([]);
  });

  it('a malformed id', async () => {
    const caller = h.as(await h.staff(h.world.a.teacher1));
    const error = await rejection(caller.staff.appointments.get({ id: '42; drop table appointments' }));
    expect(shapeOf(error)).toMatchObject({
      message: 'That reference is not valid. Reload the page and try again.',
      data: { fieldErrors: { id: expect.any(String) } },
    });
  });

  it('a report about neither an evening nor days says what to choose', async () => {
    const caller = h.as(await h.staff(h.world.a.admin));
    const nothing = await rejection(caller.staff.reports.dashboard({} as never));
    expect(shapeOf(nothing).message).toBe("Choose a parents' evening, or the first and last day of the period.");
    const badDay = await rejection(
      caller.staff.reports.dashboard({ branchId: h.world.a.branch.id, firstDay: 'soon', lastDay: '2030-03-05' }),
    );
    expect([badDay.code, shapeOf(badDay).message]).toEqual(['BAD_REQUEST', 'Give the date as YYYY-MM-DD.']);
  });

  it('an unknown time zone leaves the branch as it was', async () => {
    const caller = h.as(await h.staff(h.world.a.admin));
    const error = await rejection(
      caller.staff.directory.updateBranch({ branchId: h.world.a.branch.id, timeZone: 'Mars/Olympus_Mons' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(shapeOf(error).message).toMatch(/not a time zone we know/);
    const [branch] = await h.testDb.db.select().from(branches).where(eq(branches.id, h.world.a.branch.id));
    expect(branch!.timeZone).toBe('Europe/London');
  });

  it('a language and region the product does not offer leaves the branch as it was', async () => {
    const caller = h.as(await h.staff(h.world.a.admin));
    const error = await rejection(
      caller.staff.directory.updateBranch({ branchId: h.world.a.branch.id, locale: 'fr-FR' as 'en-GB' }),
    );
    expect([error.code, shapeOf(error).message]).toEqual([
      'BAD_REQUEST',
      'Choose the language and region from the list.',
    ]);
    const [branch] = await h.testDb.db.select().from(branches).where(eq(branches.id, h.world.a.branch.id));
    expect(branch!.locale).toBe('en-GB');
  });

  it('publishing slots with a bad time stores no slot', async () => {
    const caller = h.as(await h.staff(h.world.a.teacher1));
    const error = await rejection(
      caller.staff.availability.publish({
        date: '2030-03-06',
        startTime: '25:00',
        endTime: '26:00',
        slotMinutes: 10,
        gapMinutes: 0,
      }),
    );
    expect(shapeOf(error).message).toBe('Give the time as HH:MM, e.g. 17:00.');
    expect(await h.testDb.db.select().from(availabilitySlots)).toEqual([]);
  });

  it('unexpected failures reach the browser as a plain message without internals', async () => {
    const error = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new Error('relation "secret_table" does not exist'),
    });
    const shape = shapeOf(error);
    expect(shape.message).toMatch(/Something went wrong on our side/);
    expect(JSON.stringify(shape)).not.toMatch(/secret_table|stack/);
  });
});
