import { z } from 'zod';
import { storableString } from '../storable-text.ts';

/** Emails are stored lowercased and trimmed (the tables check it), so lookups are exact. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const emailSchema = storableString()
  .trim()
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address, like name@example.com.'))
  .transform(normalizeEmail);
