import type { MeetingTokenProperties, ValidatedMeetingToken } from '../spec-types.ts';
import type { Send } from './transport.ts';

export function createMeetingTokensApi(send: Send) {
  return {
    /** Minting twice only yields two valid tokens, so the request is safe to repeat. */
    createMeetingToken: async (properties: MeetingTokenProperties): Promise<string> => {
      const { token } = await send<{ token?: string }>({
        method: 'POST',
        path: '/meeting-tokens',
        body: { properties },
        idempotent: true,
      });
      if (token === undefined) throw new TypeError('Daily answered a token request without a token');
      return token;
    },

    /**
     * Rejects a token that is invalid, expired, or (unless ignoreNbf) not valid yet. Daily does not
     * document that answer; the emulator gives 400 invalid-request-error, so check `status >= 400`.
     */
    validateMeetingToken: (token: string, options: { ignoreNbf?: boolean } = {}): Promise<ValidatedMeetingToken> =>
      send({
        method: 'GET',
        path: `/meeting-tokens/${encodeURIComponent(token)}`,
        // A token is a credential: keep it out of error messages and logs.
        redactedPath: '/meeting-tokens/{meeting_token}',
        query: { ignoreNbf: options.ignoreNbf },
        idempotent: true,
      }),
  };
}
