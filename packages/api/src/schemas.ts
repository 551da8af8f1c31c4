import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, storableString, type ErrorKey } from '@edutrack/core';

/**
 * Input building blocks with messages a person can act on. Every text starts from storableString():
 * characters PostgreSQL cannot store are refused here, as BAD_REQUEST, never as a failed write.
 * Where a parent may meet the message, it is a catalog key (`errors.input.…`) the error formatter
 * writes out in their language; the rest only staff tools can trip, in English like the portal.
 */
export const text = storableString;
/** A reference to a record (a meeting, a child…): one message for all, as a person never names one. */
export const id = () => z.uuid('errors.input.badReference' satisfies ErrorKey);

export const instant = z.iso
  .datetime({ offset: true, message: 'Give the time as an ISO date-time with an offset, e.g. 2030-03-05T17:00:00Z.' })
  .transform((value) => new Date(value));

export const calendarDate = z.iso.date('Give the date as YYYY-MM-DD.');
export const wallClockTime = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time as HH:MM, e.g. 17:00.');

export const topic = text().trim().max(200, 'Keep the topic under 200 characters.').nullish();
export const cancelReason = text()
  .trim()
  .max(500, 'errors.input.reasonTooLong' satisfies ErrorKey);
export const idempotencyKey = text()
  .min(8, 'The request key is too short.')
  .max(100, 'The request key is too long.')
  .regex(/^[A-Za-z0-9_-]+$/, 'The request key may only contain letters, digits, - and _.');
export const searchText = text().trim().max(100, 'Search for at most 100 characters.');
export const password = text()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);
export const opaqueToken = text()
  .min(20, 'errors.input.linkIncomplete' satisfies ErrorKey)
  .max(200, 'errors.input.linkNotValid' satisfies ErrorKey);
/** Daily's session id of a lobby knock (the call object reports it). */
export const lobbySessionId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w-]+$/, 'That session id is not valid.');
/** What a parent's invitee is shown as to the teacher, e.g. "Interpreter". */
export const inviteeRole = text()
  .trim()
  .min(1, 'errors.input.roleMissing' satisfies ErrorKey)
  .max(60, 'errors.input.roleTooLong' satisfies ErrorKey);
const pageLimit = z.number().int().min(1).max(200).optional();
const cursor = text().max(200).optional();

/** A page of meetings: the upcoming ones, the past ones, or those inside a range. */
export const meetingListInput = z.object({
  view: z.enum(['upcoming', 'past', 'range']),
  from: instant.optional(),
  to: instant.optional(),
  limit: pageLimit,
  cursor,
});
