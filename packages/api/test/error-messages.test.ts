import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatError } from '../src/error-formatter.ts';
import { id, opaqueToken, searchText, wallClockTime } from '../src/schemas.ts';

/** The message a browser gets when `schema` rejects `input`, through the one error formatter. */
function shownFor(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was expected to be rejected');
  const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
  return formatError({
    error,
    shape: { message: error.message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'x' } },
  });
}

describe('input problems, as a person reads them', () => {
  it.each([
    [z.object({ token: opaqueToken }), { token: 'short' }, 'This link is incomplete. Open it again from your email.'],
    [
      z.object({ id: id('meeting') }),
      { id: '42' },
      'That meeting reference is not valid. Reload the page and try again.',
    ],
    [
      z.object({ slot: z.object({ startTime: wallClockTime }) }),
      { slot: { startTime: '25:00' } },
      'Give the time as HH:MM, e.g. 17:00.',
    ],
    [z.object({ search: searchText }), { search: 'x'.repeat(101) }, 'Search for at most 100 characters.'],
  ])('never name the field: %#', (schema, input, message) => {
    const shown = shownFor(schema, input);
    expect(shown.message).toBe(message);
    // Forms still learn which field it was, to mark it.
    expect(Object.keys(shown.data.fieldErrors ?? {})).toHaveLength(1);
  });

  it("never show zod's own developer wording", () => {
    const shown = shownFor(z.object({ id: z.string(), count: z.number().int() }), { count: 1.5 });
    expect(shown.message).toBe('Some of the information sent was not valid. Check the form and try again.');
    expect(shown.message).not.toMatch(/expected|received|id:|count:/);
  });
});
