import { z } from 'zod';
import type { ErrorKey } from './error-messages/say.ts';

/**
 * PostgreSQL text (and jsonb) cannot hold the NUL character, and a lone UTF-16 surrogate would be
 * silently replaced on the way in. Such input is refused up front with a message a person can act on,
 * instead of failing deep inside a write.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A catalog key: the API writes it out in the reader's language (error-formatter.ts). */
const UNSTORABLE_TEXT_MESSAGE = 'errors.input.unstorable' satisfies ErrorKey;

export const isStorableText = (text: string) => !UNSTORABLE.test(text);

/** z.string() that refuses unstorable characters; every text input schema starts from it. */
export const storableString = () => z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** Where in an input (any depth, keys included) the first unstorable text is, as a dotted path; null if none. */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, '(a name)'];
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
