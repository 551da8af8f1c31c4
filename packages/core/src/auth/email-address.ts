import { z } from 'zod';
import { storableString } from '../storable-text.ts';
import type { ErrorKey } from '../error-messages/say.ts';

/** Emails are stored lowercased and trimmed (the tables check it), so lookups are exact. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const emailSchema = storableString()
  .trim()
  .max(254, 'errors.input.emailTooLong' satisfies ErrorKey)
  .pipe(z.email('errors.input.emailNotValid' satisfies ErrorKey))
  .transform(normalizeEmail);
