import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { CatalogLocale } from '@edutrack/i18n';
import { AppError, moment, said } from '@edutrack/core';
import { formatError } from '../src/error-formatter.ts';
import { id, opaqueToken, searchText, wallClockTime } from '../src/schemas.ts';

/** The message a browser gets when `schema` rejects `input`, through the one error formatter. */
function shownFor(schema: z.ZodType, input: unknown, language: CatalogLocale = 'en') {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was expected to be rejected');
  const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
  return formatError({
    error,
    shape: { message: error.message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'x' } },
    ctx: { language },
  });
}

describe('input problems, as a person reads them', () => {
  it.each([
    [z.object({ token: opaqueToken }), { token: 'short' }, 'This link is incomplete. Open it again from your email.'],
    [z.object({ id: id() }), { id: '42' }, 'That reference is not valid. Reload the page and try again.'],
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

/** What a browser reading `language` gets for a refusal a service threw (or for any other failure). */
function refusalIn(cause: Error, language: CatalogLocale) {
  const code = cause instanceof AppError ? 'CONFLICT' : 'INTERNAL_SERVER_ERROR';
  const error = new TRPCError({ code, message: cause.message, cause });
  return formatError({
    error,
    shape: { message: error.message, code: -32600, data: { code, httpStatus: 409, path: 'x' } },
    ctx: { language },
  }).message;
}

describe('refusals, in the language of the app that asked', () => {
  const school = { locale: 'en-GB', timeZone: 'Europe/London' };
  const taken = () =>
    new AppError('CONFLICT', said('errors.evening.alreadyWaiting', { teacher: 'Ms. Rivera', child: 'Maya' }));

  it('a parent reading Spanish, Polish, Ukrainian or Arabic reads the refusal in their language, with the names kept', () => {
    expect(refusalIn(taken(), 'en')).toBe("You are already on Ms. Rivera's waiting list for Maya.");
    expect(refusalIn(taken(), 'es')).toBe('Ya está en la lista de espera de Ms. Rivera para Maya.');
    expect(refusalIn(taken(), 'pl')).toBe('Jesteś już na liście oczekujących u: Ms. Rivera dla dziecka: Maya.');
    expect(refusalIn(taken(), 'uk')).toBe('Ви вже в списку очікування до Ms. Rivera щодо дитини: Maya.');
    expect(refusalIn(taken(), 'ar')).toBe('أنت بالفعل في قائمة انتظار Ms. Rivera من أجل Maya.');
  });

  it('times inside a refusal are written in the reader’s language, in the school’s zone', () => {
    const opens = new AppError(
      'PRECONDITION_FAILED',
      said('errors.join.opensAt', { time: moment(new Date('2030-03-05T16:55:00Z'), school) }),
    );
    expect(refusalIn(opens, 'en')).toBe('The video room opens at 16:55, 5 minutes before the meeting. Come back then.');
    expect(refusalIn(opens, 'es')).toBe(
      'La sala de vídeo se abre a las 16:55, 5 minutos antes de la reunión. Vuelva entonces.',
    );
    // A US school's English reader sees its 12-hour clock.
    const us = new AppError(
      'PRECONDITION_FAILED',
      said('errors.join.opensAt', {
        time: moment(new Date('2030-03-05T21:55:00Z'), { locale: 'en-US', timeZone: 'America/New_York' }),
      }),
    );
    expect(refusalIn(us, 'en')).toMatch(/opens at 4:55\sPM/);
  });

  it('plurals follow each language’s rules', () => {
    const wait = (minutes: number) =>
      new AppError('TOO_MANY_REQUESTS', said('errors.tooMany.signInLinks', { minutes }));
    expect(refusalIn(wait(1), 'en')).toMatch(/wait 1 minute and/);
    expect(refusalIn(wait(3), 'pl')).toMatch(/poczekaj 3 minuty i/);
    expect(refusalIn(wait(5), 'pl')).toMatch(/poczekaj 5 minut i/);
    expect(refusalIn(wait(2), 'ar')).toMatch(/دقيقتين/);
  });

  it('the pseudo-locale marks every server sentence, so a test can tell one left in English', () => {
    expect(refusalIn(taken(), 'en-XA')).not.toContain('already');
    expect(refusalIn(taken(), 'en-XA')).toContain('Ms. Rivera');
  });

  it('an input problem and an unexpected failure are in the reader’s language too', () => {
    expect(shownFor(z.object({ token: opaqueToken }), { token: 'short' }, 'es').message).toBe(
      'Este enlace está incompleto. Ábralo de nuevo desde su correo.',
    );
    expect(shownFor(z.object({ id: z.string() }), {}, 'pl').message).toBe(
      'Część wysłanych informacji była nieprawidłowa. Sprawdź formularz i spróbuj ponownie.',
    );
    expect(refusalIn(new Error('connection reset by a proxy'), 'uk')).toBe(
      'Щось пішло не так на нашому боці, і нічого не змінилося. Спробуйте ще раз; якщо це повторюється, звʼяжіться з канцелярією школи.',
    );
  });

  it('refusals only staff meet stay in English, like the rest of the staff portal', () => {
    const staffOnly = new AppError('FORBIDDEN', 'Only a branch admin can do this. Ask your branch admin for help.');
    expect(refusalIn(staffOnly, 'es')).toBe('Only a branch admin can do this. Ask your branch admin for help.');
  });
});
