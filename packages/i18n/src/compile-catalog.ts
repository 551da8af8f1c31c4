import type { Messages } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { pseudoText } from './pseudo.ts';

/**
 * A catalog file's ICU messages in Lingui's compiled form, so browsers never ship an ICU parser.
 * A message that does not parse fails the build (and the server's start) with its key.
 */
export function compileCatalog(source: Record<string, string>, options: { pseudo?: boolean } = {}): Messages {
  const compiled: Messages = {};
  for (const [key, message] of Object.entries(source)) {
    try {
      compiled[key] = compileMessageOrThrow(message, options.pseudo ? pseudoText : undefined);
    } catch (error) {
      throw new Error(`Message "${key}" is not valid ICU: ${(error as Error).message}`, { cause: error });
    }
  }
  return compiled;
}
